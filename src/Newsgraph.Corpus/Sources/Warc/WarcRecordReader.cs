using System.Text;

namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>
/// Reads WARC records (WARC/1.0, 1.1, and older 0.x drafts) one at a time from decompressed
/// archive bytes. Never trusts a length it cannot check: a record whose Content-Length is too big
/// or whose block does not end where the next record starts is reported and skipped, and reading
/// resumes at the next record header; a record cut short at the end of the file ends the read.
/// </summary>
internal sealed class WarcRecordReader(Stream decompressed, WarcLimits limits)
{
    /// <summary>A version line is "WARC/1.0"; longer lines cannot start a record, so scans for the
    /// next record read lines only this far.</summary>
    private const int VersionLineBytes = 32;

    private static readonly byte[] RecordStart = "\nWARC/"u8.ToArray();

    private readonly WarcByteReader reader = new(decompressed);

    public long Position => reader.Position;

    public async ValueTask<WarcStep> NextAsync(CancellationToken cancellationToken)
    {
        long offset = reader.Position;
        LineRead line;
        do
        {
            offset = reader.Position;
            line = await reader.ReadLineAsync(limits.MaxHeaderBytes, cancellationToken).ConfigureAwait(false);
        }
        while (!line.AtEnd && !line.TooLong && line.Bytes.Length == 0);

        if (line.AtEnd)
        {
            return WarcStep.Finished();
        }

        if (line.TooLong || !IsVersionLine(line.Bytes.Span))
        {
            return await ResyncAsync($"expected a WARC record header at byte {offset:N0}", cancellationToken).ConfigureAwait(false);
        }

        string version = Encoding.ASCII.GetString(line.Bytes.Span);
        var fields = await ReadFieldsAsync(cancellationToken).ConfigureAwait(false);
        if (fields is null)
        {
            return WarcStep.Finished($"record at byte {offset:N0}: header block is cut off or longer than {limits.MaxHeaderBytes:N0} bytes");
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText.Trim(), out long length) || length < 0)
        {
            return await ResyncAsync($"record at byte {offset:N0} has no valid Content-Length", cancellationToken).ConfigureAwait(false);
        }

        if (length > limits.MaxRecordBytes)
        {
            // Not read into memory; the declared length may be a lie, so find the next header instead of skipping blindly.
            return await ResyncAsync($"record at byte {offset:N0} declares {length:N0} bytes; the limit is {limits.MaxRecordBytes:N0}, skipped", cancellationToken).ConfigureAwait(false);
        }

        var block = new byte[length];
        int read = await reader.ReadBlockAsync(block, (int)length, cancellationToken).ConfigureAwait(false);
        if (read < length)
        {
            return RecoverFromOverlongBlock(block.AsSpan(0, read))
                ? WarcStep.Trouble($"record at byte {offset:N0} declares {length:N0} bytes but the next record starts inside them; skipped")
                : WarcStep.Finished($"record at byte {offset:N0} is truncated: it declares {length:N0} bytes, the file ends after {read:N0}");
        }

        if (!await EndsAtRecordBoundaryAsync(cancellationToken).ConfigureAwait(false))
        {
            return RecoverFromOverlongBlock(block)
                ? WarcStep.Trouble($"record at byte {offset:N0}: Content-Length {length:N0} runs into the next record; skipped")
                : WarcStep.Trouble($"record at byte {offset:N0}: its block does not end at Content-Length {length:N0}; skipped");
        }

        return WarcStep.Of(new WarcRecord(offset, version, fields, block));
    }

    private static bool IsVersionLine(ReadOnlySpan<byte> line) =>
        line.Length > 5 && line.StartsWith("WARC/"u8) && char.IsAsciiDigit((char)line[5]);

    /// <summary>Named fields up to the blank line; continuation lines (leading space or tab) fold
    /// into the previous field. Null when the block is cut off or over the cap.</summary>
    private async ValueTask<Dictionary<string, string>?> ReadFieldsAsync(CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        long budget = limits.MaxHeaderBytes;
        while (true)
        {
            var line = await reader.ReadLineAsync(limits.MaxHeaderBytes, cancellationToken).ConfigureAwait(false);
            if (line.AtEnd || line.TooLong || (budget -= line.Bytes.Length + 2) < 0)
            {
                return null;
            }

            var span = line.Bytes.Span;
            if (span.IsEmpty)
            {
                return fields;
            }

            if (span[0] is (byte)' ' or (byte)'\t')
            {
                if (last is not null)
                {
                    fields[last] += " " + Encoding.UTF8.GetString(span).Trim();
                }

                continue;
            }

            int colon = span.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            last = Encoding.ASCII.GetString(span[..colon]).Trim();
            fields[last] = Encoding.UTF8.GetString(span[(colon + 1)..]).Trim();
        }
    }

    /// <summary>A block is followed by CRLF CRLF (the record trailer), which is enough evidence the
    /// length was right; writers that differ in line ends pass if the next record or the end of the
    /// file follows a run of CR/LF. Only the trailer is peeked first, so a corrupt next gzip member
    /// cannot cost the record before it.</summary>
    private async ValueTask<bool> EndsAtRecordBoundaryAsync(CancellationToken cancellationToken)
    {
        var trailer = await reader.PeekAsync(4, cancellationToken).ConfigureAwait(false);
        if (trailer.Span.SequenceEqual("\r\n\r\n"u8))
        {
            return true;
        }

        var next = await reader.PeekAsync(16, cancellationToken).ConfigureAwait(false);
        var span = next.Span;
        int i = 0;
        while (i < span.Length && span[i] is (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        var rest = span[i..];
        return rest.IsEmpty ? i == span.Length : rest.StartsWith("WARC/"u8) || "WARC/"u8.StartsWith(rest);
    }

    /// <summary>When a lying Content-Length swallowed the start of the next record, puts that
    /// record back to be read next.</summary>
    private bool RecoverFromOverlongBlock(ReadOnlySpan<byte> block)
    {
        int at = block.IndexOf(RecordStart);
        while (at >= 0 && !IsVersionLine(block[(at + 1)..Math.Min(block.Length, at + 1 + VersionLineBytes)]))
        {
            int next = block[(at + 1)..].IndexOf(RecordStart);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (at < 0)
        {
            return false;
        }

        reader.PushBack(block[(at + 1)..]);
        return true;
    }

    /// <summary>Skips to the next line that starts a record, reporting why; gives up after
    /// <see cref="WarcLimits.MaxResyncBytes"/>.</summary>
    private async ValueTask<WarcStep> ResyncAsync(string why, CancellationToken cancellationToken)
    {
        long from = reader.Position;
        while (reader.Position - from <= limits.MaxResyncBytes)
        {
            var peek = await reader.PeekAsync(VersionLineBytes, cancellationToken).ConfigureAwait(false);
            if (peek.IsEmpty)
            {
                return WarcStep.Finished(why);
            }

            int lineEnd = peek.Span.IndexOf((byte)'\n');
            if (IsVersionLine(lineEnd < 0 ? peek.Span : peek.Span[..lineEnd]))
            {
                return WarcStep.Trouble(why);
            }

            var skipped = await reader.ReadLineAsync(VersionLineBytes, cancellationToken).ConfigureAwait(false);
            if (skipped.AtEnd)
            {
                return WarcStep.Finished(why);
            }
        }

        return WarcStep.Finished($"{why}; no further record within {limits.MaxResyncBytes:N0} bytes, rest of the file skipped");
    }
}
