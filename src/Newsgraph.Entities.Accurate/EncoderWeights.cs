using System.IO.Compression;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// Fine-tuned weights that replace some of the MiniLM graph's own (the transformer layers after
/// fine-tuning for NER; the word-piece embeddings stay the package's). Stored as a Brotli-compressed
/// <see cref="TensorBundle"/> keyed by the graph's initializer names: matrices as int8 with one float
/// scale per output column (name + ".scale"), which is what keeps the file at ~10 MB instead of 42,
/// vectors as float32. OnnxRuntime takes them through <c>SessionOptions.AddInitializer</c>, so the
/// package's graph is used as it is and no second 86 MB model is written anywhere.
/// </summary>
internal sealed class EncoderWeights
{
    public const byte FormatVersion = 1;
    private const string ScaleSuffix = ".scale";
    private static ReadOnlySpan<byte> Magic => "NGNERE"u8;

    public EncoderWeights(IReadOnlyDictionary<string, (float[] Values, long[] Dims)> tensors) => Tensors = tensors;

    /// <summary>Initializer name → float values (row-major) and shape.</summary>
    public IReadOnlyDictionary<string, (float[] Values, long[] Dims)> Tensors { get; }

    public static EncoderWeights Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[Magic.Length + 1];
        stream.ReadExactly(header);
        if (!header[..Magic.Length].SequenceEqual(Magic) || header[^1] != FormatVersion)
        {
            throw new InvalidDataException($"not fine-tuned encoder weights of format {FormatVersion}");
        }

        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        var bundle = TensorBundle.Read(brotli);
        var tensors = new Dictionary<string, (float[], long[])>(StringComparer.Ordinal);
        foreach (var (name, tensor) in bundle)
        {
            if (name.EndsWith(ScaleSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var dims = tensor.Dims.Select(d => (long)d).ToArray();
            tensors[name] = tensor.Type switch
            {
                TensorType.Float32 => (tensor.Floats(), dims),
                TensorType.Int8 => (Dequantise(name, tensor, bundle), dims),
                _ => throw new InvalidDataException($"encoder tensor {name} has type {tensor.Type}"),
            };
        }

        return new EncoderWeights(tensors);
    }

    /// <summary>Writes int8 matrices (with their scales) and float vectors as given.</summary>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, Tensor>> bundle)
    {
        stream.Write(Magic);
        stream.WriteByte(FormatVersion);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        TensorBundle.Write(brotli, bundle);
    }

    /// <summary>value[r, c] = q[r, c] × scale[c] for a [rows × columns] int8 matrix.</summary>
    private static float[] Dequantise(string name, Tensor quantised, Dictionary<string, Tensor> bundle)
    {
        if (quantised.Dims.Length != 2 || !bundle.TryGetValue(name + ScaleSuffix, out var scaleTensor))
        {
            throw new InvalidDataException($"int8 tensor {name} needs rank 2 and a {name}{ScaleSuffix} tensor");
        }

        var scales = scaleTensor.Floats();
        int columns = quantised.Dims[1];
        if (scales.Length != columns)
        {
            throw new InvalidDataException($"{name}{ScaleSuffix} has {scales.Length} values for {columns} columns");
        }

        var values = new float[quantised.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (sbyte)quantised.Data[i] * scales[i % columns];
        }

        return values;
    }
}
