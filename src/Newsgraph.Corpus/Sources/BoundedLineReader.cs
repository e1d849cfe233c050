using System.Buffers;
using System.Runtime.CompilerServices;

namespace Newsgraph.Corpus.Sources;

/// <summary>
/// Reads '\n'-separated lines of bytes from a stream, holding at most <c>maxLineBytes</c> of one line
/// in memory: a longer line is read through and dropped (reported as too long), so a 100 MB line or
/// a file without any newline costs one buffer, not its size.
/// </summary>
internal static class BoundedLineReader
{
    private const int ChunkBytes = 1 << 16;

    /// <summary>A line (without its '\n' and a trailing '\r'), or <see cref="TooLong"/> with no bytes.</summary>
    public readonly record struct Line(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[ChunkBytes];
        var line = new ArrayBufferWriter<byte>();
        bool overflow = false;
        long number = 1;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            int start = 0;
            while (start < read)
            {
                int newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                int end = newline < 0 ? read : newline;
                if (!overflow)
                {
                    if (line.WrittenCount + (end - start) > maxLineBytes)
                    {
                        overflow = true;
                        line.Clear();
                    }
                    else
                    {
                        line.Write(buffer.AsSpan(start, end - start));
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Finish(number++, line, overflow);
                line = new ArrayBufferWriter<byte>();
                overflow = false;
                start = newline + 1;
            }
        }

        if (overflow || line.WrittenCount > 0)
        {
            yield return Finish(number, line, overflow);
        }
    }

    private static Line Finish(long number, ArrayBufferWriter<byte> line, bool overflow)
    {
        if (overflow)
        {
            return new Line(number, ReadOnlyMemory<byte>.Empty, true);
        }

        var bytes = line.WrittenMemory;
        if (bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new Line(number, bytes, false);
    }
}
