using System.IO.Compression;
using System.Text;
using Newsgraph.Entities;
using Newsgraph.Entities.Accurate;

namespace Newsgraph.Training.Accurate;

/// <summary>
/// Step 1 of fine-tuning the accurate tagger (docs/models/ner-accurate.md): writes what the GPU
/// script (tools/gpu/finetune_ner.py) trains on, as two <see cref="TensorBundle"/> files small enough
/// to travel to a GPU machine with the repository:
/// <list type="bullet">
/// <item><c>ner-ft-data.bin.gz</c>: every distinct training sentence of the fast model's split (same
/// readers, conventions and held-out split; the held-out sets are not written), cut into the very
/// windows the tagger encodes, each token's gold BILOU label (−1 where the corpus gives no signal) and
/// its cheap feature bits; a seeded share of sentences is flagged for monitoring during training.</item>
/// <item><c>minilm-int8.bin</c>: the package's MiniLM weights under role names, matrices as int8 with
/// a scale per output column, and only the word-piece embedding rows the training windows use (the
/// tagger keeps the package's full embedding table; fine-tuning leaves embeddings frozen).</item>
/// </list>
/// </summary>
public static class FineTuneExport
{
    public const string DataFileName = "ner-ft-data.bin.gz";
    public const string WeightsFileName = "minilm-int8.bin";

    /// <summary>Transformer layers of all-MiniLM-L6-v2.</summary>
    public const int Layers = 6;

    /// <summary>Share of training sentences held back to watch the loss and F1 while training
    /// (the held-out sets stay untouched for the final figures).</summary>
    public const double MonitorShare = 0.03;

    public static int Run(string shared, string outDirectory, int seed, TextWriter log)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var data = NerDataSets.Load(shared, seed, new NerTrainingOptions());
        var sentences = data.Train.Distinct().ToList();
        log.WriteLine($"{sentences.Count} distinct training sentences, {sentences.Sum(s => s.Tokens.Length)} tokens ({watch.Elapsed.TotalSeconds:0.0}s)");
        var features = AccurateEntityTagger.CreateFeatures(1);
        Directory.CreateDirectory(outDirectory);
        var usedPieces = new SortedSet<int>();
        string dataPath = Path.Combine(outDirectory, DataFileName);
        using (var file = File.Create(dataPath))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            TensorBundle.Write(gzip, DataTensors(sentences, features, seed, usedPieces));
        }

        log.WriteLine($"wrote {dataPath} ({new FileInfo(dataPath).Length} bytes; {usedPieces.Count} distinct word pieces) ({watch.Elapsed.TotalSeconds:0.0}s)");
        var vocabulary = features.Encoder.Vocabulary;
        usedPieces.UnionWith([vocabulary.Cls, vocabulary.Sep, vocabulary.Unknown, 0]);
        features.Encoder.Dispose();

        string weightsPath = Path.Combine(outDirectory, WeightsFileName);
        using (var file = File.Create(weightsPath))
        {
            TensorBundle.Write(file, WeightTensors(OnnxGraphWeights.Read(MiniLmPackageFiles.ModelPath()), [.. usedPieces]));
        }

        log.WriteLine($"wrote {weightsPath} ({new FileInfo(weightsPath).Length} bytes) ({watch.Elapsed.TotalSeconds:0.0}s)");
        return 0;
    }

    private static List<KeyValuePair<string, Tensor>> DataTensors(List<NerSentence> sentences, AccurateFeatures features, int seed, SortedSet<int> usedPieces)
    {
        var corpora = sentences.Select(s => s.Corpus).Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var sentenceOffsets = new List<int> { 0 };
        var corpus = new List<byte>();
        var monitor = new List<byte>();
        var labels = new List<byte>();
        var blocks = new List<int>();
        var windowSentence = new List<int>();
        var windowCore = new List<int>();
        var pieceOffsets = new List<int> { 0 };
        var pieces = new List<ushort>();
        var firstOffsets = new List<int> { 0 };
        var firsts = new List<ushort>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var gold = PerceptronTrainer.GoldLabels(sentence);
            var (windows, bits) = features.Plan(sentence.Tokens);
            for (int t = 0; t < sentence.Tokens.Length; t++)
            {
                labels.Add(sentence.Unknown[t] ? byte.MaxValue : checked((byte)gold[t]));
                blocks.Add((int)bits[t]);
            }

            sentenceOffsets.Add(labels.Count);
            corpus.Add((byte)corpora.IndexOf(sentence.Corpus));
            monitor.Add(random.NextDouble() < MonitorShare ? (byte)1 : (byte)0);
            foreach (var (coreStart, ids, firstPiece) in windows)
            {
                windowSentence.Add(s);
                windowCore.Add(coreStart);
                foreach (int id in ids)
                {
                    pieces.Add(checked((ushort)id));
                    usedPieces.Add(id);
                }

                pieceOffsets.Add(pieces.Count);
                foreach (int p in firstPiece)
                {
                    firsts.Add(checked((ushort)p));
                }

                firstOffsets.Add(firsts.Count);
            }
        }

        static Tensor Bytes(IEnumerable<byte> values, TensorType type = TensorType.UInt8)
        {
            var array = values.ToArray();
            return new Tensor([array.Length], type, array);
        }

        static Tensor Shorts(List<ushort> values)
        {
            var bytes = new byte[values.Count * 2];
            for (int i = 0; i < values.Count; i++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), values[i]);
            }

            return new Tensor([values.Count], TensorType.UInt16, bytes);
        }

        // Labels: 255 = unknown (no training signal); otherwise the BILOU index of the fast model's label set.
        return
        [
            new("labels.names", Bytes(Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, AccurateFeatures.Labels).Select(FastLabelName))))),
            new("corpus.names", Bytes(Encoding.UTF8.GetBytes(string.Join('\n', corpora)))),
            new("sent.offsets", Tensor.Of([.. sentenceOffsets], sentenceOffsets.Count)),
            new("sent.corpus", Bytes(corpus)),
            new("sent.monitor", Bytes(monitor)),
            new("tok.label", Bytes(labels)),
            new("tok.block", Tensor.Of([.. blocks], blocks.Count)),
            new("win.sentence", Tensor.Of([.. windowSentence], windowSentence.Count)),
            new("win.core", Tensor.Of([.. windowCore], windowCore.Count)),
            new("win.offsets", Tensor.Of([.. pieceOffsets], pieceOffsets.Count)),
            new("win.pieces", Shorts(pieces)),
            new("win.first_offsets", Tensor.Of([.. firstOffsets], firstOffsets.Count)),
            new("win.first", Shorts(firsts)),
        ];
    }

    /// <summary>"O", then "B-Person", "I-Person", "L-Person", "U-Person", … in the label order.</summary>
    private static string FastLabelName(int label) =>
        label == 0 ? "O" : $"{"BILU"[(label - 1) % 4]}-{AccurateFeatures.LearntKinds[(label - 1) / 4]}";

    /// <summary>The encoder's weights under role names: int8 matrices with per-column scales, float
    /// vectors; word embeddings only for <paramref name="pieces"/> (listed in "vocab.ids").</summary>
    private static List<KeyValuePair<string, Tensor>> WeightTensors(OnnxGraphWeights graph, int[] pieces)
    {
        var result = new List<KeyValuePair<string, Tensor>> { new("vocab.ids", Tensor.Of(pieces, pieces.Length)) };
        foreach (var (role, name) in graph.RoleNames(Layers))
        {
            var initializer = graph.Initializers[name];
            var values = graph.Floats(initializer);
            int[] dims = [.. initializer.Dims.Select(d => checked((int)d))];
            if (role == "emb.word")
            {
                int width = dims[1];
                var rows = new float[pieces.Length * width];
                for (int r = 0; r < pieces.Length; r++)
                {
                    values.AsSpan(pieces[r] * width, width).CopyTo(rows.AsSpan(r * width));
                }

                // Embedding rows are quantised per row (transposed view: one scale per piece).
                var (q, scales) = Int8Matrix.QuantiseRows(rows, pieces.Length, width);
                result.Add(new(role, q));
                result.Add(new(role + ".rowscale", Tensor.Of(scales, scales.Length)));
            }
            else if (dims.Length == 2 && role != "emb.position" && role != "emb.type")
            {
                var (q, scales) = Int8Matrix.QuantiseColumns(values, dims[0], dims[1]);
                result.Add(new(role, q));
                result.Add(new(role + ".scale", Tensor.Of(scales, scales.Length)));
            }
            else
            {
                result.Add(new(role, Tensor.Of(values, dims)));
            }
        }

        return result;
    }
}
