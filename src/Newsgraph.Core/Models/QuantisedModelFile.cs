using System.IO.Compression;
using System.Text;

namespace Newsgraph.Core.Models;

/// <summary>
/// The container every bundled linear model shares: a 5-byte magic and a format-version byte, then
/// one Brotli stream the model writes its sections into (see <see cref="WeightTable"/> for the
/// quantised weight rows). Why one place: the NER and event models had the same bytes written by
/// two copies of this code; a format fix now reaches both.
/// </summary>
public static class QuantisedModelFile
{
    /// <summary>The magic is this many ASCII bytes ("NGNER", "NGEVT").</summary>
    public const int MagicLength = 5;

    /// <summary>Read-ahead on the decompressed body: large enough that the per-call cost vanishes.</summary>
    private const int BodyBufferBytes = 64 * 1024;

    public static void Write(Stream output, ReadOnlySpan<byte> magic, byte formatVersion, Action<BinaryWriter> writeBody)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(writeBody);
        CheckMagic(magic);
        output.Write(magic);
        output.WriteByte(formatVersion);
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writeBody(writer);
    }

    /// <summary>Reads the header (throwing <see cref="InvalidDataException"/> naming <paramref name="what"/> when it is not one) and hands the body to <paramref name="readBody"/>.</summary>
    public static T Read<T>(Stream input, ReadOnlySpan<byte> magic, byte formatVersion, string what, Func<BinaryReader, T> readBody)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(readBody);
        CheckMagic(magic);
        Span<byte> header = stackalloc byte[MagicLength + 1];
        try
        {
            input.ReadExactly(header);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Not a Newsgraph {what} of format version {formatVersion}: the file is shorter than its header", e);
        }

        if (!header[..MagicLength].SequenceEqual(magic) || header[MagicLength] != formatVersion)
        {
            throw new InvalidDataException($"Not a Newsgraph {what} of format version {formatVersion}");
        }

        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);

        // Buffered: bodies are read a few bytes at a time (varints, one row at a time), and every
        // read straight from the Brotli stream is a call into the native decoder; the event model's
        // ~400k small reads made that most of its load time (docs/benchmarks.md, cold start).
        using var buffered = new BufferedStream(brotli, BodyBufferBytes);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        return readBody(reader);
    }

    private static void CheckMagic(ReadOnlySpan<byte> magic)
    {
        if (magic.Length != MagicLength)
        {
            throw new ArgumentException($"A model magic is {MagicLength} bytes", nameof(magic));
        }
    }
}
