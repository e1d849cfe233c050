using System.Globalization;
using Newsgraph.Events;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;

namespace Newsgraph.Training;

/// <summary>
/// Cross-validation of the type decision by title template: the training templates (never the
/// held-out ones) are cut into seeded folds; per fold the classifier is retrained on the other
/// folds and every setting (decision rule, derived lexicon) is scored on the fold's headlines, and
/// on the definition phrases' dev halves. A setting is chosen by the mean over folds, never by the
/// held-out templates: one 25% tuning split moved by ±5–10 points with its template mix and picked
/// a derived lexicon that lost on held-out (docs/events.md, 2026-11-29).
/// </summary>
/// <remarks>
/// Run by <c>events-experiment</c> with NEWSGRAPH_EVT_CV=folds (5). NEWSGRAPH_EVT_CV_CACHE=dir keeps
/// each fold's trained model there (keyed by folds, fold and NEWSGRAPH_EVT_CV_TAG, "base"): change
/// the tag whenever the features or the trainer change. NEWSGRAPH_EVT_ANALYSE=1 lists the out-of-fold
/// misses (training templates only) of setting NEWSGRAPH_EVT_CV_SHOW (0, the stage).
/// </remarks>
public static class EventCrossValidation
{
    /// <summary>Why: a seed of its own, so the folds do not line up with the committed split (42).</summary>
    public const int FoldSeed = 7;

    /// <summary>One setting: its name and its type decision for a sentence, given the fold's model and lexicons.</summary>
    internal sealed record Setting(string Name, Func<FoldModel, string, int> Decide);

    /// <summary>A fold's retrained model, its base lexicon and the derived entries learned without the fold.</summary>
    internal sealed record FoldModel(EventModel Model, TriggerLexicon Lexicon, TriggerLexicon WithDerived, int DerivedCount);

    public static int Run(string shared, int folds, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        int epochs = int.Parse(Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_EPOCHS") ?? "10", CultureInfo.InvariantCulture);
        string? cache = Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_CV_CACHE");
        string tag = Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_CV_TAG") ?? "base";
        bool analyse = Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_ANALYSE") == "1";
        int shown = int.Parse(Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_CV_SHOW") ?? "0", CultureInfo.InvariantCulture);
        var stories = EventStories.Load(Path.Combine(shared, "data", "events_ngec_synthetic", EventStories.ZipName))
            .Where(s => !HeldOutSplit.IsHeldOut(s.Template, EventTypeEvaluation.Seed, 0.2)).ToList();
        var extras = PhoenixVerbs.Load(Path.Combine(shared, "data", "events_phoenix_dictionaries", "CAMEO.2.0.txt"), Path.Combine(shared, "data", "events_plover", "CAMEO2PLOVER-2021.txt"));
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, extras);
        string[] modes = ["", .. stories.Select(s => s.Mode).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var definitions = PloverDefinitionSets.Load(shared).Where(d => !EventTypeEvaluation.IsHeldOutDefinition(d)).ToList();
        var settings = Settings();
        var headlineAccuracy = new double[settings.Count, folds];
        var definitionAccuracy = new double[settings.Count, folds];
        var confusions = new Dictionary<string, int>(StringComparer.Ordinal);
        log.WriteLine($"{stories.Count} training stories, {stories.Select(s => s.Template).Distinct(StringComparer.Ordinal).Count()} templates, {folds} folds (seed {FoldSeed}), {definitions.Count} definition dev phrases");
        for (int fold = 0; fold < folds; fold++)
        {
            int held = fold;
            var test = stories.Where(s => HeldOutSplit.Fold(s.Template, FoldSeed, folds) == held).ToList();
            var model = FoldModelFile(cache, $"{tag}-{folds}-{fold}", () =>
            {
                var train = stories.Where(s => HeldOutSplit.Fold(s.Template, FoldSeed, folds) != held)
                    .SelectMany(s => EventTrainer.TrainingExamples(s, modes, lexicon)).ToList();
                return EventTrainer.TrainRows(train, modes.Length, epochs, EventTypeEvaluation.Seed, _ => { });
            }, modes, extras);
            var stageLexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
            var units = EventLexiconBuilder.Units(shared, t => HeldOutSplit.Fold(t, FoldSeed, folds) != held);
            var derived = EventLexiconBuilder.Derive(units, stageLexicon, LexiconOptions.Chosen);
            var context = new FoldModel(model, stageLexicon, new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers, EventLexiconBuilder.ToTriggers(derived)), derived.Count);
            var headlines = test.Select(s => (Text: s.Headline.ToLowerInvariant(), Gold: PloverTypes.IndexOf(s.Label))).ToList();
            for (int i = 0; i < settings.Count; i++)
            {
                var setting = settings[i];
                headlineAccuracy[i, fold] = headlines.Average(h => setting.Decide(context, h.Text) == h.Gold ? 1.0 : 0.0);
                definitionAccuracy[i, fold] = definitions.Average(d => setting.Decide(context, d.Text) == d.Type ? 1.0 : 0.0);
            }

            foreach (var (text, gold) in headlines)
            {
                int guess = settings[shown].Decide(context, text);
                if (guess != gold)
                {
                    string key = $"{PloverTypes.All[gold]} -> {PloverTypes.All[guess]}";
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    if (analyse)
                    {
                        log.WriteLine($"  fold {fold} miss {key}: {text}");
                    }
                }
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold}: {test.Count} headlines of {test.Select(s => s.Template).Distinct(StringComparer.Ordinal).Count()} templates, {derived.Count} derived entries; baseline {headlineAccuracy[0, fold]:0.000}"));
        }

        log.WriteLine("setting: headlines mean (sd; per fold) | definition dev halves mean");
        for (int i = 0; i < settings.Count; i++)
        {
            var row = Enumerable.Range(0, folds).Select(f => headlineAccuracy[i, f]).ToList();
            double mean = row.Average();
            double sd = Math.Sqrt(row.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, folds - 1));
            double defs = Enumerable.Range(0, folds).Average(f => definitionAccuracy[i, f]);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {settings[i].Name}: {mean:0.000} (sd {sd:0.000}; {string.Join(" ", row.Select(a => a.ToString("0.000", CultureInfo.InvariantCulture)))}) | {defs:0.000}"));
        }

        log.WriteLine($"{settings[shown].Name}: out-of-fold confusions (gold -> coded): " + string.Join(", ", confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(12).Select(c => $"{c.Key} {c.Value}")));
        return 0;
    }

    /// <summary>The settings compared; the first is the stage as committed.</summary>
    private static List<Setting> Settings() =>
    [
        new("stage (the stage's own decision path)", (f, text) => EventScores.Decide(f.Model, f.Lexicon, text)),
        new("stage + derived lexicon (committed rule: phrases >= 2 units)", (f, text) => EventScores.Decide(f.Model, f.WithDerived, text)),
        new("classifier overrides at p >= 0.9", (f, text) => EventScores.Decide(f.Model, f.Lexicon, text, 0.9f)),
        new("classifier overrides at p >= 0.99", (f, text) => EventScores.Decide(f.Model, f.Lexicon, text, 0.99f)),
    ];

    private static EventModel FoldModelFile(string? cache, string key, Func<Dictionary<uint, float[]>> train, string[] modes, List<(string Form, int Type, float Weight)> extras)
    {
        string? path = cache is null ? null : Path.Combine(cache, $"events-cv-{key}.bin");
        if (path is not null && File.Exists(path))
        {
            using var cached = File.OpenRead(path);
            return EventModelFile.Read(cached);
        }

        var stream = new MemoryStream();
        EventModelFile.Write(stream, train(), modes, extras);
        if (path is not null)
        {
            Directory.CreateDirectory(cache!);
            File.WriteAllBytes(path, stream.ToArray());
        }

        stream.Position = 0;
        return EventModelFile.Read(stream);
    }
}
