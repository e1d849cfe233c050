using System.IO.Compression;
using System.Numerics;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// The trained part of the accurate mode: standardisation of the feature vector, then a one-hidden-
/// layer network (ReLU) giving one score per BILOU label, or a linear layer when Hidden is 0.
/// Small (well under a megabyte), versioned, embedded; the transformer comes from its NuGet package.
/// </summary>
internal sealed class TaggingHead
{
    public const int FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "NGNERA"u8;

    public TaggingHead(int inputs, int hidden, int labels, float[] mean, float[] inverseStd, float[] w1, float[] b1, float[] w2, float[] b2)
    {
        Inputs = inputs;
        Hidden = hidden;
        Labels = labels;
        Mean = mean;
        InverseStd = inverseStd;
        W1 = w1;
        B1 = b1;
        W2 = w2;
        B2 = b2;
        if (mean.Length != inputs || inverseStd.Length != inputs || w1.Length != inputs * hidden || b1.Length != hidden
            || w2.Length != labels * (hidden == 0 ? inputs : hidden) || b2.Length != labels)
        {
            throw new InvalidDataException("tagging head arrays do not match their sizes");
        }
    }

    public int Inputs { get; }

    public int Hidden { get; }

    public int Labels { get; }

    public float[] Mean { get; }

    public float[] InverseStd { get; }

    /// <summary>[Hidden × Inputs] row-major.</summary>
    public float[] W1 { get; }

    public float[] B1 { get; }

    /// <summary>[Labels × (Hidden or Inputs)] row-major.</summary>
    public float[] W2 { get; }

    public float[] B2 { get; }

    /// <summary>Standardises <paramref name="features"/> in place.</summary>
    public void Standardise(Span<float> features)
    {
        for (int i = 0; i < Inputs; i++)
        {
            features[i] = (features[i] - Mean[i]) * InverseStd[i];
        }
    }

    /// <summary>Label scores of one standardised feature vector; <paramref name="activation"/> receives the hidden layer.</summary>
    public void Scores(ReadOnlySpan<float> x, Span<float> activation, Span<float> scores)
    {
        ReadOnlySpan<float> top = x;
        if (Hidden > 0)
        {
            for (int h = 0; h < Hidden; h++)
            {
                float a = B1[h] + Dot(W1.AsSpan(h * Inputs, Inputs), x);
                activation[h] = a > 0 ? a : 0;
            }

            top = activation[..Hidden];
        }

        for (int l = 0; l < Labels; l++)
        {
            scores[l] = B2[l] + Dot(W2.AsSpan(l * top.Length, top.Length), top);
        }
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    public void Write(Stream stream)
    {
        stream.Write(Magic);
        stream.WriteByte(FormatVersion);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Inputs);
        writer.Write(Hidden);
        writer.Write(Labels);
        foreach (var array in new[] { Mean, InverseStd, W1, B1, W2, B2 })
        {
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan()));
        }
    }

    public static TaggingHead Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[Magic.Length + 1];
        stream.ReadExactly(header);
        if (!header[..Magic.Length].SequenceEqual(Magic) || header[^1] != FormatVersion)
        {
            throw new InvalidDataException($"not an accurate NER head of format {FormatVersion}");
        }

        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli);
        int inputs = reader.ReadInt32();
        int hidden = reader.ReadInt32();
        int labels = reader.ReadInt32();
        if (inputs is <= 0 or > 100_000 || hidden is < 0 or > 10_000 || labels is <= 0 or > 1_000)
        {
            throw new InvalidDataException("implausible tagging head sizes");
        }

        float[] ReadArray(int count)
        {
            var array = new float[count];
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(array.AsSpan()));
            return array;
        }

        var mean = ReadArray(inputs);
        var inverseStd = ReadArray(inputs);
        var w1 = ReadArray(inputs * hidden);
        var b1 = ReadArray(hidden);
        var w2 = ReadArray(labels * (hidden == 0 ? inputs : hidden));
        var b2 = ReadArray(labels);
        return new TaggingHead(inputs, hidden, labels, mean, inverseStd, w1, b1, w2, b2);
    }
}
