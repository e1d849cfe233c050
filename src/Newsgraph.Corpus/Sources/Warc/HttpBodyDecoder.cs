using System.Globalization;
using System.IO.Compression;
using System.Text;
using Newsgraph.Extraction.Input;

namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>
/// Undoes the transfer coding (chunked) and content coding (gzip, deflate, br) of an archived
/// HTTP body, with the body cap applied to every decoded output. Common Crawl stores most payloads
/// already decoded and renames the headers (X-Crawler-Content-Encoding), but older archives and
/// other crawlers keep them encoded, and some lie; a body that does not look encoded is kept as is.
/// </summary>
internal static class HttpBodyDecoder
{
    /// <summary>The decoded body, or null with <paramref name="error"/> set.</summary>
    public static ReadOnlyMemory<byte>? Decode(HttpResponseBlock response, long maxBytes, out string? error)
    {
        var body = response.RawBody;
        if (response.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true && LooksChunked(body.Span))
        {
            var dechunked = Dechunk(body.Span, maxBytes, out error);
            if (dechunked is null)
            {
                return null;
            }

            body = dechunked.Value;
        }

        string coding = response.Header("Content-Encoding")?.Trim().ToLowerInvariant() ?? "";
        GzipInflater.Result? decoded = coding switch
        {
            "gzip" or "x-gzip" when GzipInflater.IsGzip(body.Span) => GzipInflater.Inflate(body, maxBytes),
            "deflate" when body.Length >= 2 => GzipInflater.Decode(body, maxBytes, IsZlibHeader(body.Span)
                ? s => new ZLibStream(s, CompressionMode.Decompress)
                : s => new DeflateStream(s, CompressionMode.Decompress)),
            "br" when !LooksLikeMarkup(body.Span) => GzipInflater.Decode(body, maxBytes, s => new BrotliStream(s, CompressionMode.Decompress)),
            _ => null,
        };

        if (decoded is { } result)
        {
            if (result.OverLimit)
            {
                error = $"body inflates past the limit of {maxBytes:N0} bytes ({coding})";
                return null;
            }

            if (result.Error is not null)
            {
                error = $"body is not valid {coding}: {result.Error}";
                return null;
            }

            body = result.Data!.Value;
        }

        if (body.Length > maxBytes)
        {
            error = $"body is {body.Length:N0} bytes; the limit is {maxBytes:N0}";
            return null;
        }

        error = null;
        return body;
    }

    /// <summary>Chunked bodies start with a hex size line.</summary>
    private static bool LooksChunked(ReadOnlySpan<byte> body)
    {
        int i = 0;
        while (i < body.Length && i < 16 && char.IsAsciiHexDigit((char)body[i]))
        {
            i++;
        }

        return i > 0 && i < body.Length && body[i] is (byte)'\r' or (byte)'\n' or (byte)';';
    }

    private static ReadOnlyMemory<byte>? Dechunk(ReadOnlySpan<byte> body, long maxBytes, out string? error)
    {
        using var output = new MemoryStream();
        int at = 0;
        while (true)
        {
            int lineEnd = body[at..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                // A body cut off mid-chunk (Common Crawl truncates long payloads): keep what arrived.
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body.Slice(at, lineEnd)).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long size) || size < 0)
            {
                error = $"bad chunk size '{(sizeText.Length > 20 ? sizeText[..20] : sizeText)}'";
                return null;
            }

            at += lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            long take = Math.Min(size, body.Length - at);
            if (output.Length + take > maxBytes)
            {
                error = $"chunked body passes the limit of {maxBytes:N0} bytes";
                return null;
            }

            output.Write(body.Slice(at, (int)take));
            at += (int)take;
            if (take < size)
            {
                break;
            }

            // CRLF after the chunk data.
            while (at < body.Length && body[at] is (byte)'\r' or (byte)'\n')
            {
                at++;
            }
        }

        error = null;
        return new ReadOnlyMemory<byte>(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <summary>RFC 1950 header: CM = 8 and the check bits make the first two bytes a multiple of 31.</summary>
    private static bool IsZlibHeader(ReadOnlySpan<byte> b) => (b[0] & 0x0F) == 8 && ((b[0] << 8) | b[1]) % 31 == 0;

    /// <summary>Brotli has no magic number; a body that opens with markup was stored decoded.</summary>
    private static bool LooksLikeMarkup(ReadOnlySpan<byte> body)
    {
        var trimmed = body[..Math.Min(body.Length, 64)].TrimStart(" \t\r\n\uFEFF"u8);
        return !trimmed.IsEmpty && (trimmed[0] == (byte)'<' || (trimmed.Length >= 3 && trimmed[0] == 0xEF && trimmed[1] == 0xBB && trimmed[2] == 0xBF));
    }
}
