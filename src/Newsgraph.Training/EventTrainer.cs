using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Newsgraph.Core.Documents;
using Newsgraph.Events;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Training;

/// <summary>
/// Trains the event type/mode classifier on the NGEC synthetic stories: examples are each story's
/// headline and its first two sentences, labelled with the story's PLOVER type and mode; stories
/// whose hand-written title template falls in a seeded 20% are held out (a template yields ~20
/// near-paraphrase stories, so splitting by story would leak). Writes events-v1.bin and its manifest.
/// </summary>
public static class EventTrainer
{
    private const int Epochs = 10;

    /// <summary>
    /// Why: the headline counted once. Twice raised the stage's headline accuracy on a tuning split
    /// of the training templates (0.629 -> 0.644, events-experiment) together with new trigger
    /// features, but not on the held-out templates (2026-11-29, docs/events.md), so it stays once.
    /// </summary>
    internal const int HeadlineCopies = 1;
    private const double HeldOutShare = 0.2;
    private const string Kind = "averaged perceptron, two heads (16 PLOVER types, modes), hashed word/stem/bigram/lexicon features, int8 rows stored sparse (non-zero weights only), zlib";

    /// <summary>
    /// Rewrites the model file in the current format (the same quantised weights, modes and trigger
    /// forms), so a format change needs no retraining; the manifest's formatVersion and modelBytes follow.
    /// </summary>
    public static void UpgradeModelFile(string directory, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string modelPath = Path.Combine(directory, "events-v1.bin");
        EventModel model;
        using (var file = File.OpenRead(modelPath))
        {
            model = EventModelFile.Read(file);
        }

        using (var file = File.Create(modelPath))
        {
            EventModelFile.Write(file, model);
        }

        string manifestPath = Path.Combine(directory, "events-v1.manifest.json");
        if (File.Exists(manifestPath) && JsonNode.Parse(File.ReadAllText(manifestPath)) is JsonObject manifest)
        {
            manifest["formatVersion"] = EventModelFile.FormatVersion;
            manifest["kind"] = Kind;
            manifest["modelBytes"] = new FileInfo(modelPath).Length;
            ModelManifest.Write(manifestPath, manifest);
        }

        log.WriteLine($"rewrote {modelPath} in format {EventModelFile.FormatVersion} ({new FileInfo(modelPath).Length} bytes, {model.FeatureRows} feature rows)");
    }

    public static int Run(string shared, string output, int seed, string command, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        string storiesZip = Path.Combine(shared, "data", "events_ngec_synthetic", EventStories.ZipName);
        string cameoVerbs = Path.Combine(shared, "data", "events_phoenix_dictionaries", "CAMEO.2.0.txt");
        string cameoToPlover = Path.Combine(shared, "data", "events_plover", "CAMEO2PLOVER-2021.txt");
        var stories = EventStories.Load(storiesZip);
        var extras = PhoenixVerbs.Load(cameoVerbs, cameoToPlover);
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, extras);
        log.WriteLine($"{stories.Count} stories, {extras.Count} dictionary trigger forms, {lexicon.FormCount} lexicon forms");

        string[] modes = ["", .. stories.Select(s => s.Mode).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var train = new List<EventExample>();
        var heldOut = new List<(EventStory Story, EventExample Lead, List<uint> Document)>();
        foreach (var story in stories)
        {
            var examples = Examples(story, modes, lexicon);
            if (HeldOutSplit.IsHeldOut(story.Template, seed, HeldOutShare))
            {
                heldOut.Add((story, examples[1], DocumentFeatures(story, lexicon)));
            }
            else
            {
                train.AddRange(TrainingExamples(story, modes, lexicon));
            }
        }

        var rows = TrainRows(train, modes.Length, Epochs, seed, m => log.WriteLine(m));
        Directory.CreateDirectory(output);
        string modelPath = Path.Combine(output, "events-v1.bin");
        using (var file = File.Create(modelPath))
        {
            EventModelFile.Write(file, rows, modes, extras);
        }

        EventModel model;
        using (var file = File.OpenRead(modelPath))
        {
            model = EventModelFile.Read(file);
        }

        var leadScores = EventScores.Evaluate(model, heldOut.Select(h => (h.Lead.Features, h.Lead.Type)));
        var documentScores = EventScores.Evaluate(model, heldOut.Select(h => (h.Document, h.Lead.Type)));
        var stageLexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
        var stageHeadlines = EventScores.EvaluateStage(model, stageLexicon, heldOut.Select(h => (h.Story.Headline, h.Lead.Type)), titleCase: true);
        var stageLeads = EventScores.EvaluateStage(model, stageLexicon, heldOut.Select(h => (FirstSentence(h.Story.Text), h.Lead.Type)));
        log.WriteLine($"stage type decision on held-out headlines: accuracy {stageHeadlines.Accuracy:0.0000}, macro-F1 {stageHeadlines.MacroF1:0.0000}; lead sentences: accuracy {stageLeads.Accuracy:0.0000}, macro-F1 {stageLeads.MacroF1:0.0000}");
        log.WriteLine($"held-out lead sentence: accuracy {leadScores.Accuracy:0.0000}, macro-F1 {leadScores.MacroF1:0.0000}; whole story: accuracy {documentScores.Accuracy:0.0000}, macro-F1 {documentScores.MacroF1:0.0000}");

        var manifest = new JsonObject
        {
            ["model"] = "events-v1.bin",
            ["formatVersion"] = EventModelFile.FormatVersion,
            ["kind"] = Kind,
            ["command"] = command,
            ["seed"] = seed,
            ["epochs"] = Epochs,

            ["trainingDataSha256"] = Sha256(storiesZip, cameoVerbs, cameoToPlover),
            ["trainedOn"] = "NGEC synthetic stories (events_ngec_synthetic, MIT): headline + first two sentences of each story whose title template is not held out; trigger lexicon: CoreTriggers + Phoenix CAMEO.2.0 verbs (own code, else the block default; multi-word verbs as phrases) mapped by CAMEO2PLOVER-2021",
            ["trainingExamples"] = train.Count,
            ["heldOutStories"] = heldOut.Count,
            ["heldOutSplit"] = $"title templates with seeded hash < {HeldOutShare:0.00}",
            ["modes"] = new JsonArray([.. modes.Select(m => JsonValue.Create(m))]),
            ["dictionaryTriggerForms"] = extras.Count,
            ["featureRows"] = model.FeatureRows,
            ["modelBytes"] = new FileInfo(modelPath).Length,
            ["trainingSeconds"] = (int)watch.Elapsed.TotalSeconds,
            ["heldOut"] = new JsonObject
            {
                ["classifierLeadSentence"] = leadScores.ToJson(),
                ["classifierWholeStory"] = documentScores.ToJson(),
                ["stageHeadline"] = stageHeadlines.ToJson(),
                ["stageLeadSentence"] = stageLeads.ToJson(),
            },
        };
        ModelManifest.Write(Path.Combine(output, "events-v1.manifest.json"), manifest);
        log.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length} bytes) in {watch.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    internal static Dictionary<uint, float[]> TrainRows(List<EventExample> train, int modeCount, int epochs, int seed, Action<string> log)
    {
        var trainer = new EventPerceptron(PloverTypes.Count + modeCount);
        trainer.Train(train, epochs, seed, log);
        return trainer.AveragedRows();
    }

    /// <summary>Divides every weight by <paramref name="temperature"/> (in place): the argmax is unchanged, the softmax flatter.</summary>
    internal static Dictionary<uint, float[]> Soften(Dictionary<uint, float[]> rows, float temperature)
    {
        foreach (var row in rows.Values)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] /= temperature;
            }
        }

        return rows;
    }

    /// <summary>The examples one training story contributes: headline (<see cref="HeadlineCopies"/> times), first and second sentence.</summary>
    internal static List<EventExample> TrainingExamples(EventStory story, string[] modes, TriggerLexicon lexicon, int headlineCopies = HeadlineCopies)
    {
        var examples = Examples(story, modes, lexicon);
        for (int i = 1; i < headlineCopies; i++)
        {
            examples.Add(examples[0]);
        }

        return examples;
    }

    /// <summary>Headline, first sentence, second sentence (the lead is index 1: the held-out test unit).</summary>
    internal static List<EventExample> Examples(EventStory story, string[] modes, TriggerLexicon lexicon)
    {
        int type = PloverTypes.IndexOf(story.Label);
        int mode = Math.Max(0, Array.IndexOf(modes, story.Mode));
        var examples = new List<EventExample> { new(Features(story.Headline, lexicon), type, mode) };
        var tokens = Tokenizer.Tokenize(story.Text);
        var sentences = SentenceSplitter.Split(story.Text, tokens.AsSpan(), null);
        foreach (var sentence in sentences.Take(2))
        {
            examples.Add(new(EventFeatures.Extract(story.Text, tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), lexicon), type, mode));
        }

        while (examples.Count < 2)
        {
            examples.Add(examples[0]);
        }

        return examples;
    }

    internal static string FirstSentence(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan(), null);
        return sentences.IsEmpty ? text : text[sentences[0].Start..sentences[0].End];
    }

    internal static List<uint> DocumentFeatures(EventStory story, TriggerLexicon lexicon)
    {
        var tokens = Tokenizer.Tokenize(story.Text);
        var features = new List<uint>();
        for (int start = 0; start < tokens.Length; start += EventFeatures.MaxTokens)
        {
            features.AddRange(EventFeatures.Extract(story.Text, tokens.AsSpan(start, Math.Min(EventFeatures.MaxTokens, tokens.Length - start)), lexicon));
        }

        return features;
    }

    internal static List<uint> Features(string text, TriggerLexicon lexicon)
    {
        var tokens = Tokenizer.Tokenize(text);
        return EventFeatures.Extract(text, tokens.AsSpan(), lexicon);
    }

    private static string Sha256(params string[] paths)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string path in paths)
        {
            sha.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

/// <summary>One training example: features, gold type index, gold mode index.</summary>
internal sealed record EventExample(List<uint> Features, int Type, int Mode);
