using System.IO.Compression;
using System.Text;

namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>
/// Writes WARC/1.0 records, each optionally as its own gzip member (the CC-NEWS layout), for test
/// fixtures and the bench's synthetic archives.
/// </summary>
internal static class WarcRecordWriter
{
    /// <summary>One record: version line, fields, Content-Length (or <paramref name="declaredLength"/>,
    /// to write a lying one), block, trailer.</summary>
    public static byte[] Record(string type, string uri, ReadOnlySpan<byte> block, string contentType, string version = "WARC/1.0", long? declaredLength = null, DateTimeOffset? date = null)
    {
        string when = (date ?? new DateTimeOffset(2023, 9, 14, 8, 30, 0, TimeSpan.Zero)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var head = Encoding.ASCII.GetBytes(
            $"{version}\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {when}\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {declaredLength ?? block.Length}\r\n\r\n");
        return [.. head, .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>A response record holding an HTTP/1.1 response with the given body.</summary>
    public static byte[] Response(string uri, ReadOnlySpan<byte> body, string contentType = "text/html; charset=utf-8", int status = 200, string extraHeaders = "")
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n");
        return Record("response", uri, [.. http, .. body], "application/http; msgtype=response");
    }

    public static byte[] Gzip(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
