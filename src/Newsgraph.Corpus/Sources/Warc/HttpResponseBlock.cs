using System.Globalization;
using System.Text;

namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>
/// The HTTP response a WARC response record holds: status line, header fields, and the body
/// bytes exactly as archived (still transfer- and content-encoded if the crawler kept them so).
/// </summary>
internal sealed record HttpResponseBlock(int Status, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> RawBody)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses the block; null with <paramref name="error"/> set when it is not an HTTP response.</summary>
    public static HttpResponseBlock? Parse(ReadOnlyMemory<byte> block, int maxHeaderBytes, out string? error)
    {
        var span = block.Span;
        int headerEnd = FindHeaderEnd(span[..Math.Min(span.Length, maxHeaderBytes)], out int bodyStart);
        if (headerEnd < 0)
        {
            error = span.Length > maxHeaderBytes
                ? $"HTTP header block longer than {maxHeaderBytes:N0} bytes"
                : "HTTP header block has no end";
            return null;
        }

        // Header bytes are ASCII in practice; Latin-1 keeps any stray high byte one char.
        string head = Encoding.Latin1.GetString(span[..headerEnd]);
        var lines = head.Split('\n');
        var statusParts = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int status))
        {
            error = "no HTTP status line";
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var raw in lines.AsSpan(1))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            last = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            // Repeated fields join with commas (RFC 9110 5.3); the first Content-Type wins.
            headers[last] = headers.TryGetValue(last, out var earlier) && !last.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                ? earlier + ", " + value
                : headers.GetValueOrDefault(last) ?? value;
        }

        error = null;
        return new HttpResponseBlock(status, headers, block[bodyStart..]);
    }

    /// <summary>End of the header lines (index of the blank line) and where the body starts;
    /// accepts CRLF CRLF and bare LF LF.</summary>
    private static int FindHeaderEnd(ReadOnlySpan<byte> span, out int bodyStart)
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] != (byte)'\n')
            {
                continue;
            }

            if (i + 1 < span.Length && span[i + 1] == (byte)'\n')
            {
                bodyStart = i + 2;
                return i;
            }

            if (i + 2 < span.Length && span[i + 1] == (byte)'\r' && span[i + 2] == (byte)'\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }

        bodyStart = -1;
        return -1;
    }
}
