using System.IO.Compression;
using System.Text;

namespace Newsgraph.Core.Models;

/// <summary>
/// Helpers for the gzip'd UTF-8 tab-separated model files (entity lexicon, places gazetteer), read
/// from one inflated byte buffer: records and fields are cut out as byte spans, and only the fields a
/// loader keeps become strings. Why: at start-up a <see cref="StreamReader"/> line string per record
/// plus a <see cref="string.Split(char, StringSplitOptions)"/> array per record and per list cost far
/// more than the inflate itself (docs/benchmarks.md, cold start).
/// </summary>
public static class TabSeparatedText
{
    /// <summary>
    /// The whole decompressed body of a gzip stream, without a UTF-8 byte-order mark. A truncated or
    /// corrupt file throws <see cref="InvalidDataException"/>: the inflater itself stops quietly at
    /// the end of a cut-off stream, so on a seekable stream (an embedded resource) the body length is
    /// checked against the gzip trailer's.
    /// </summary>
    public static ReadOnlyMemory<byte> Inflate(Stream gzipped)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        long start = gzipped.CanSeek ? gzipped.Position : -1;
        using var body = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(body);
        }

        if (start >= 0)
        {
            CheckTrailerLength(gzipped, start, body.Length);
        }

        var bytes = new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
        return bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }

    /// <summary>The gzip trailer ends with the body length modulo 2^32 (RFC 1952, ISIZE).</summary>
    private static void CheckTrailerLength(Stream gzipped, long start, long bodyLength)
    {
        if (gzipped.Length - start < 18)
        {
            throw new InvalidDataException("truncated gzip file: shorter than a gzip header and trailer");
        }

        Span<byte> size = stackalloc byte[4];
        gzipped.Position = gzipped.Length - 4;
        gzipped.ReadExactly(size);
        uint expected = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size);
        if (expected != (uint)bodyLength)
        {
            throw new InvalidDataException($"truncated or corrupt gzip file: {bodyLength} bytes inflated, its trailer says {expected}");
        }
    }

    /// <summary>
    /// Cuts the next line off <paramref name="rest"/> (ended by "\n", "\r\n" or "\r", as
    /// <see cref="StreamReader.ReadLine"/> does); false when nothing is left.
    /// </summary>
    public static bool NextLine(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> line)
    {
        if (rest.IsEmpty)
        {
            line = default;
            return false;
        }

        int end = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            line = rest;
            rest = default;
            return true;
        }

        line = rest[..end];
        int next = end + 1;
        if (rest[end] == (byte)'\r' && next < rest.Length && rest[next] == (byte)'\n')
        {
            next++;
        }

        rest = rest[next..];
        return true;
    }

    /// <summary>
    /// Splits <paramref name="line"/> at tabs into <paramref name="fields"/> and returns the number of
    /// fields (as <c>string.Split('\t').Length</c> would, capped at the span's length; when capped, the
    /// last field kept ends at its own tab).
    /// </summary>
    public static int SplitFields(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        // A plain IndexOf loop, not MemoryExtensions.Split: its enumerator over bytes is a generic
        // instantiation ReadyToRun leaves to the tier-0 JIT, and this runs once per record at start-up.
        int count = 0;
        int start = 0;
        while (count < fields.Length)
        {
            int tab = line[start..].IndexOf((byte)'\t');
            if (tab < 0)
            {
                fields[count++] = start..line.Length;
                break;
            }

            fields[count++] = start..(start + tab);
            start += tab + 1;
        }

        return count;
    }

    /// <summary>The UTF-8 field as a string (invalid bytes become U+FFFD, as the stream reader did).</summary>
    public static string Text(ReadOnlySpan<byte> field) => field.IsEmpty ? string.Empty : Encoding.UTF8.GetString(field);

    /// <summary>The items of a list field ("a|b|c"): none for an empty field, as the files' writers
    /// write an empty list; an empty item between two separators is kept.</summary>
    public static ListItems Items(ReadOnlySpan<byte> list, byte separator) => new(list, separator);

    /// <summary>Enumerates the items of a separated list field as byte spans.</summary>
    public ref struct ListItems(ReadOnlySpan<byte> list, byte separator)
    {
        private ReadOnlySpan<byte> rest = list;
        private bool done = list.IsEmpty;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly ListItems GetEnumerator() => this;

        public bool MoveNext()
        {
            if (done)
            {
                return false;
            }

            int end = rest.IndexOf(separator);
            if (end < 0)
            {
                Current = rest;
                done = true;
            }
            else
            {
                Current = rest[..end];
                rest = rest[(end + 1)..];
            }

            return true;
        }
    }
}
