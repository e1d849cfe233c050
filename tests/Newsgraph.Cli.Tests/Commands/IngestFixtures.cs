using System.IO.Compression;
using System.Text;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>Inputs the ingest tests write: article pages, WARC records, feeds and sitemaps.</summary>
internal static class IngestFixtures
{
    /// <summary>An article page with its own text (distinct pages are not near-duplicates).</summary>
    public static string Page(string title, int seed) => $"""
        <html><head><title>{title}</title></head><body><article><h1>{title}</h1>
        <p>The {Words[seed % Words.Length]} council met on Monday to discuss item {seed} of its agenda, officials said.</p>
        <p>Residents of district {seed * 7 % 97} asked for {Words[(seed + 3) % Words.Length]} repairs before the winter of {2000 + seed}.</p>
        <p>A vote on the {Words[(seed + 5) % Words.Length]} plan is expected next month, the chair said after {seed + 2} hours of debate.</p>
        </article></body></html>
        """;

    private static readonly string[] Words = ["harbour", "river", "school", "library", "market", "bridge", "park", "station", "museum", "hospital"];

    /// <summary>A WARC response record for a page, gzipped on its own (as CC-NEWS writes them).</summary>
    public static byte[] WarcResponse(string uri, string html)
    {
        byte[] body = Encoding.UTF8.GetBytes(html);
        byte[] http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
        string header = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2023-09-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n";
        return Gzip([.. Encoding.ASCII.GetBytes(header), .. http, .. "\r\n\r\n"u8]);
    }

    public static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }

    public static string Rss(params string[] links) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>" + string.Concat(links.Select(l => $"<item><link>{l}</link></item>")) + "</channel></rss>";

    public static string Urlset(params string[] links) =>
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + string.Concat(links.Select(l => $"<url><loc>{l}</loc></url>")) + "</urlset>";

    public static string SitemapIndex(params string[] sitemaps) =>
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + string.Concat(sitemaps.Select(l => $"<sitemap><loc>{l}</loc></sitemap>")) + "</sitemapindex>";

    /// <summary>One line of extracted-article JSONL.</summary>
    public static string JsonlLine(string id, string text, string url) =>
        $$"""{"id":"{{id}}","title":"Title {{id}}","text":"{{text}}","published":"2023-09-05","source":"wire.example","url":"{{url}}"}""";
}
