namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>
/// A forward reader over the (already decompressed) archive bytes with what WARC parsing needs:
/// capped line reads, exact block reads, peeking, and pushing bytes back when a record turned out
/// to hold the start of the next one (a Content-Length that claims too much).
/// </summary>
internal sealed class WarcByteReader(Stream stream)
{
    private const int BufferBytes = 1 << 16;

    private byte[] buffer = new byte[BufferBytes];
    private int start;
    private int end;
    private bool eof;

    /// <summary>Decompressed bytes consumed so far (for problem messages).</summary>
    public long Position { get; private set; }

    /// <summary>Reads one line (without CR/LF). Null at end of stream. A line longer than
    /// <paramref name="maxBytes"/> is consumed but returned as <see cref="LineRead.TooLong"/>.</summary>
    public async ValueTask<LineRead> ReadLineAsync(int maxBytes, CancellationToken cancellationToken)
    {
        byte[]? line = null;
        int lineLength = 0;
        bool tooLong = false;
        while (true)
        {
            if (start == end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return line is null && !tooLong ? LineRead.End : Finish(line, lineLength, tooLong);
            }

            int newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            int take = (newline < 0 ? end : newline) - start;
            if (!tooLong)
            {
                if (lineLength + take > maxBytes)
                {
                    tooLong = true;
                    line = null;
                }
                else
                {
                    line ??= new byte[Math.Min(maxBytes, Math.Max(take, 128))];
                    if (lineLength + take > line.Length)
                    {
                        Array.Resize(ref line, Math.Min(maxBytes, Math.Max(line.Length * 2, lineLength + take)));
                    }

                    Array.Copy(buffer, start, line, lineLength, take);
                    lineLength += take;
                }
            }

            Consume(take);
            if (newline >= 0)
            {
                Consume(1);
                return Finish(line ?? [], lineLength, tooLong);
            }
        }
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer only at end of stream.</summary>
    public async ValueTask<int> ReadBlockAsync(byte[] destination, int count, CancellationToken cancellationToken)
    {
        int done = 0;
        while (done < count)
        {
            if (start == end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            int take = Math.Min(count - done, end - start);
            Array.Copy(buffer, start, destination, done, take);
            Consume(take);
            done += take;
        }

        return done;
    }

    /// <summary>The next bytes without consuming them (fewer at end of stream).</summary>
    public async ValueTask<ReadOnlyMemory<byte>> PeekAsync(int count, CancellationToken cancellationToken)
    {
        while (end - start < count && await FillAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        return buffer.AsMemory(start, Math.Min(count, end - start));
    }

    /// <summary>Puts bytes back in front of the stream: they are read again next.</summary>
    public void PushBack(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= start)
        {
            start -= bytes.Length;
        }
        else
        {
            var grown = new byte[Math.Max(BufferBytes, bytes.Length + end - start)];
            Array.Copy(buffer, start, grown, bytes.Length, end - start);
            end = bytes.Length + end - start;
            start = 0;
            buffer = grown;
        }

        bytes.CopyTo(buffer.AsSpan(start));
        Position -= bytes.Length;
    }

    private static LineRead Finish(byte[]? line, int length, bool tooLong)
    {
        if (tooLong)
        {
            return LineRead.Overlong;
        }

        // Tolerate bare LF line ends (some writers), drop the CR of CRLF.
        if (length > 0 && line![length - 1] == (byte)'\r')
        {
            length--;
        }

        return new LineRead(line.AsMemory(0, length), false, false);
    }

    private void Consume(int count)
    {
        start += count;
        Position += count;
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (eof)
        {
            return false;
        }

        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            eof = true;
            return false;
        }

        end += read;
        return true;
    }
}

/// <summary>One line read by <see cref="WarcByteReader"/>.</summary>
internal readonly record struct LineRead(ReadOnlyMemory<byte> Bytes, bool AtEnd, bool TooLong)
{
    public static LineRead End => new(default, true, false);

    public static LineRead Overlong => new(default, false, true);
}
