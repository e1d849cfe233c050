using System.Globalization;
using Newsgraph.Events;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;

namespace Newsgraph.Training;

/// <summary>
/// Trainer experiments without writing a model: trains on 75% of the trainer's training templates
/// (never the held-out ones) and scores the rest (a tuning split) for several softmax temperatures:
/// the stage's decision and the classifier alone on headlines, the stage on first sentences and on
/// the definition phrases' dev halves, and the proposed "confident classifier overrides the
/// trigger" rule at several thresholds. Knobs: NEWSGRAPH_EVT_EPOCHS, NEWSGRAPH_EVT_TEMPS
/// ("1,8,16"), NEWSGRAPH_EVT_HEADLINE_COPIES, NEWSGRAPH_EVT_TUNE_SEED (7), NEWSGRAPH_EVT_ANALYSE=1 (tuning-split misses);
/// NEWSGRAPH_EVT_CV=5 runs the by-template cross-validation instead (<see cref="EventCrossValidation"/>).
/// </summary>
public static class EventExperiment
{
    public static int Run(string shared, TextWriter log)
    {
        if (Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_CV") is { Length: > 0 } folds)
        {
            return EventCrossValidation.Run(shared, int.Parse(folds, CultureInfo.InvariantCulture), log);
        }

        int epochs = int.Parse(Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_EPOCHS") ?? "10", CultureInfo.InvariantCulture);
        string temps = Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_TEMPS") ?? "1,8,16";
        int copies = int.Parse(Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_HEADLINE_COPIES") ?? "1", CultureInfo.InvariantCulture);
        int tuneSeed = int.Parse(Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_TUNE_SEED") ?? "7", CultureInfo.InvariantCulture);
        var stories = EventStories.Load(Path.Combine(shared, "data", "events_ngec_synthetic", EventStories.ZipName));
        var extras = PhoenixVerbs.Load(Path.Combine(shared, "data", "events_phoenix_dictionaries", "CAMEO.2.0.txt"), Path.Combine(shared, "data", "events_plover", "CAMEO2PLOVER-2021.txt"));
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, extras);
        string[] modes = ["", .. stories.Select(s => s.Mode).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var train = new List<EventExample>();
        var tune = new List<EventStory>();
        foreach (var story in stories.Where(s => !HeldOutSplit.IsHeldOut(s.Template, 42, 0.2)))
        {
            if (HeldOutSplit.IsHeldOut(story.Template, tuneSeed, 0.25))
            {
                tune.Add(story);
            }
            else
            {
                train.AddRange(EventTrainer.TrainingExamples(story, modes, lexicon, copies));
            }
        }

        var definitions = PloverDefinitionSets.Load(shared).Where(d => !EventTypeEvaluation.IsHeldOutDefinition(d)).ToList();
        log.WriteLine($"epochs={epochs}, headline copies {copies}: {train.Count} train examples, {tune.Count} tune stories");
        var rows = EventTrainer.TrainRows(train, modes.Length, epochs, 42, _ => { });
        if (Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_LEXICON") == "1")
        {
            TuneLexicon(shared, rows, modes, extras, tune, tuneSeed, log);
            return 0;
        }

        foreach (string t in temps.Split(','))
        {
            float temperature = float.Parse(t, CultureInfo.InvariantCulture);
            var scaled = EventTrainer.Soften(rows.ToDictionary(r => r.Key, r => (float[])r.Value.Clone()), temperature);
            var stream = new MemoryStream();
            EventModelFile.Write(stream, scaled, modes, extras);
            stream.Position = 0;
            var model = EventModelFile.Read(stream);
            var stageLexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
            var headlines = EventScores.EvaluateStage(model, stageLexicon, tune.Select(s => (s.Headline, PloverTypes.IndexOf(s.Label))), titleCase: true);
            var leads = EventScores.EvaluateStage(model, stageLexicon, tune.Select(s => (EventTrainer.FirstSentence(s.Text), PloverTypes.IndexOf(s.Label))));
            var defs = EventScores.EvaluateStage(model, stageLexicon, definitions.Select(d => (d.Text, d.Type)));
            var alone = EventScores.Evaluate(model, tune.Select(s => (EventTrainer.Features(s.Headline, stageLexicon), PloverTypes.IndexOf(s.Label))));
            var defsAlone = EventScores.Evaluate(model, definitions.Select(d => (EventTrainer.Features(d.Text, stageLexicon), d.Type)));
            if (Environment.GetEnvironmentVariable("NEWSGRAPH_EVT_ANALYSE") == "1")
            {
                Analyse(model, stageLexicon, tune.Select(s => (s.Headline.ToLowerInvariant(), PloverTypes.IndexOf(s.Label))), log);
            }

            foreach (float at in (float[])[0.5f, 0.7f, 0.8f, 0.9f, 0.95f, 0.99f])
            {
                double h = tune.Average(s => EventScores.Decide(model, stageLexicon, s.Headline.ToLowerInvariant(), at) == PloverTypes.IndexOf(s.Label) ? 1.0 : 0.0);
                double l = tune.Average(s => EventScores.Decide(model, stageLexicon, EventTrainer.FirstSentence(s.Text), at) == PloverTypes.IndexOf(s.Label) ? 1.0 : 0.0);
                double d = definitions.Average(x => EventScores.Decide(model, stageLexicon, x.Text, at) == x.Type ? 1.0 : 0.0);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   override at p>={at}: headlines {h:0.000}, leads {l:0.000}, definitions {d:0.000}"));
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"defs classifier alone {defsAlone.Accuracy:0.000}"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"T={temperature}: tune headlines stage {headlines.Accuracy:0.000} (classifier alone {alone.Accuracy:0.000}), tune leads {leads.Accuracy:0.000}, definitions dev halves {defs.Accuracy:0.000}; {model.FeatureRows} rows"));
        }

        return 0;
    }

    /// <summary>
    /// The derived lexicon's knobs on the tuning split: entries derived from the training templates
    /// outside the tuning split (and the definition dev halves), the stage scored on the tuning
    /// split's headlines with the classifier trained without them.
    /// </summary>
    private static void TuneLexicon(string shared, Dictionary<uint, float[]> rows, string[] modes, List<(string Form, int Type, float Weight)> extras, List<EventStory> tune, int tuneSeed, TextWriter log)
    {
        var stream = new MemoryStream();
        EventModelFile.Write(stream, rows, modes, extras);
        stream.Position = 0;
        var model = EventModelFile.Read(stream);
        var baseLexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
        var units = EventLexiconBuilder.Units(shared, t => !HeldOutSplit.IsHeldOut(t, tuneSeed, 0.25));
        var gold = tune.Select(s => (s.Headline, PloverTypes.IndexOf(s.Label))).ToList();
        var before = EventScores.EvaluateStage(model, baseLexicon, gold, titleCase: true);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tuning headlines without derived entries: {before.Accuracy:0.000} (macro-F1 {before.MacroF1:0.000}); {units.Labelled.Count} units"));
        foreach (int wordSupport in (int[])[3, 1000])
        {
            foreach (bool headTrigger in (bool[])[false, true])
            {
                int support = 1;
                var entries = EventLexiconBuilder.Derive(units, baseLexicon, new LexiconOptions(support, 0.75, 1f, wordSupport, headTrigger));
                foreach (float weight in (float[])[0.7f])
                {
                    var derived = entries.Select(e => new Newsgraph.Events.Lexicon.DerivedTrigger(e.Pattern, e.Type, weight)).ToList();
                    var lexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers, derived);
                    var scores = EventScores.EvaluateStage(model, lexicon, gold, titleCase: true);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  words>={wordSupport} phrases>={support} head must be a trigger {headTrigger} weight {weight}: {entries.Count} entries, tuning headlines {scores.Accuracy:0.000} (macro-F1 {scores.MacroF1:0.000})"));
                }
            }
        }
    }

    private static void Analyse(EventModel model, TriggerLexicon lexicon, IEnumerable<(string Text, int Gold)> items, TextWriter log)
    {
        var counts = new Dictionary<string, int>();
        var confusions = new Dictionary<string, int>();
        foreach (var (text, gold) in items)
        {
            int stage = EventScores.Decide(model, lexicon, text);
            var tokens = Newsgraph.Language.Tokens.Tokenizer.Tokenize(text);
            var scores = new float[model.RowWidth];
            model.AddScores(EventFeatures.Extract(text, tokens.AsSpan(), lexicon), scores);
            int alone = EventPerceptron.ArgMax(scores.AsSpan(0, PloverTypes.Count));
            var cueTypes = Newsgraph.Events.Candidates.TriggerMatcher.Find(text, tokens, 0, tokens.Length, lexicon).SelectMany(m => m.Cues.Select(c => c.Type)).ToHashSet();
            string key = $"stage {(stage == gold ? "ok" : "miss")}, alone {(alone == gold ? "ok" : "miss")}, gold {(cueTypes.Count == 0 ? "no cues" : cueTypes.Contains(gold) ? "among cues" : "not among cues")}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (stage != gold)
            {
                string c = $"{PloverTypes.All[gold]} -> {PloverTypes.All[stage]}";
                confusions[c] = confusions.GetValueOrDefault(c) + 1;
                log.WriteLine($"  miss {PloverTypes.All[gold]} coded {PloverTypes.All[stage]} (alone {PloverTypes.All[alone]}): {text}");
            }
        }

        foreach (var (k, v) in counts.OrderByDescending(kv => kv.Value))
        {
            log.WriteLine($"  {v,4} {k}");
        }

        foreach (var (k, v) in confusions.OrderByDescending(kv => kv.Value).Take(25))
        {
            log.WriteLine($"  {v,4} {k}");
        }
    }
}
