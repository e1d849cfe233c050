using System.IO.Compression;
using System.Text;

namespace Newsgraph.Core.Models;

/// <summary>
/// The container every bundled linear model shares: a 5-byte magic and a format-version byte, then
/// one compressed stream the model writes its sections into (see <see cref="WeightTable"/> and
/// <see cref="SparseWeightTable"/> for the quantised weight rows). The format version says which
/// compression: older versions are Brotli (the smallest files), newer ones zlib/deflate
/// (<see cref="BodyCompression.Deflate"/>), which inflates several times faster here, so a cold
/// start spends less CPU on it (docs/benchmarks.md, coldstart third pass). Why one place: the NER
/// and event models had the same bytes written by two copies of this code; a format fix reaches both.
/// </summary>
public static class QuantisedModelFile
{
    /// <summary>How a model body is compressed; the model's format version decides it.</summary>
    public enum BodyCompression
    {
        Brotli,
        Deflate,
    }

    /// <summary>The magic is this many ASCII bytes ("NGNER", "NGEVT").</summary>
    public const int MagicLength = 5;

    /// <summary>Read-ahead on the decompressed body: large enough that the per-call cost vanishes.</summary>
    private const int BodyBufferBytes = 64 * 1024;

    public static void Write(Stream output, ReadOnlySpan<byte> magic, byte formatVersion, Action<BinaryWriter> writeBody) =>
        Write(output, magic, formatVersion, BodyCompression.Brotli, writeBody);

    public static void Write(Stream output, ReadOnlySpan<byte> magic, byte formatVersion, BodyCompression compression, Action<BinaryWriter> writeBody)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(writeBody);
        CheckMagic(magic);
        output.Write(magic);
        output.WriteByte(formatVersion);
        using Stream body = compression == BodyCompression.Deflate
            ? new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
            : new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true);
        writeBody(writer);
    }

    /// <summary>Reads the header (throwing <see cref="InvalidDataException"/> naming <paramref name="what"/> when it is not one) and hands the Brotli body to <paramref name="readBody"/>.</summary>
    public static T Read<T>(Stream input, ReadOnlySpan<byte> magic, byte formatVersion, string what, Func<BinaryReader, T> readBody)
    {
        ReadHeader(input, magic, [formatVersion], what);
        return ReadBody(input, BodyCompression.Brotli, what, readBody);
    }

    /// <summary>Reads and checks the header; returns its format version, one of <paramref name="formatVersions"/>.</summary>
    public static byte ReadHeader(Stream input, ReadOnlySpan<byte> magic, ReadOnlySpan<byte> formatVersions, string what)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckMagic(magic);
        string versions = string.Join(" or ", formatVersions.ToArray());
        Span<byte> header = stackalloc byte[MagicLength + 1];
        try
        {
            input.ReadExactly(header);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Not a Newsgraph {what} of format version {versions}: the file is shorter than its header", e);
        }

        if (!header[..MagicLength].SequenceEqual(magic) || !formatVersions.Contains(header[MagicLength]))
        {
            throw new InvalidDataException($"Not a Newsgraph {what} of format version {versions}");
        }

        return header[MagicLength];
    }

    /// <summary>
    /// Hands the body after the header to <paramref name="readBody"/>. A body that ends early
    /// (a truncated file) or does not inflate throws <see cref="InvalidDataException"/> naming <paramref name="what"/>.
    /// </summary>
    public static T ReadBody<T>(Stream input, BodyCompression compression, string what, Func<BinaryReader, T> readBody)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(readBody);
        using Stream body = compression == BodyCompression.Deflate
            ? new ZLibStream(input, CompressionMode.Decompress, leaveOpen: true)
            : new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);

        // Buffered: bodies are read a few bytes at a time (varints, one row at a time), and every
        // read straight from the decompressing stream is a call into the native decoder; the event
        // model's ~400k small reads made that most of its load time (docs/benchmarks.md, cold start).
        using var buffered = new BufferedStream(body, BodyBufferBytes);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        try
        {
            return readBody(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Truncated Newsgraph {what}: its body ends early", e);
        }
    }

    private static void CheckMagic(ReadOnlySpan<byte> magic)
    {
        if (magic.Length != MagicLength)
        {
            throw new ArgumentException($"A model magic is {MagicLength} bytes", nameof(magic));
        }
    }
}
