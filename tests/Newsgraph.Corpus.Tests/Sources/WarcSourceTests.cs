using System.IO.Compression;
using System.Text;
using Newsgraph.Corpus.Sources.Warc;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class WarcSourceTests
{
    private const string Page = "<html><head><title>Story</title></head><body><p>Text of the story.</p></body></html>";

    [Fact]
    public async Task Yields_only_html_responses_with_status_200_from_a_per_record_gzip_archive()
    {
        using var dir = new TempDir();
        string path = WarcFixture.Write(dir, "cc-news.warc.gz", WarcFixture.GzipPerRecord(
            WarcFixture.Record("warcinfo", "", "software: test\r\n"u8.ToArray(), "application/warc-fields"),
            WarcFixture.Record("request", "https://example.com/a", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"u8.ToArray()),
            WarcFixture.Response("https://example.com/a", Page, "text/html; charset=ISO-8859-1"),
            WarcFixture.Response("https://example.com/missing", "gone", status: 404),
            WarcFixture.Response("https://example.com/logo.png", [0x89, 0x50, 0x4E, 0x47], "image/png"),
            WarcFixture.Record("metadata", "https://example.com/a", "fetchTimeMs: 12\r\n"u8.ToArray(), "application/warc-fields"),
            WarcFixture.Response("https://example.com/b", Page, "application/xhtml+xml")));
        var problems = new ProblemLog();
        var source = new WarcSource(path);

        var items = await source.ReadAllAsync(problems);

        Assert.Empty(problems.All);
        Assert.Equal(["https://example.com/a", "https://example.com/b"], items.Select(i => i.Uri));
        Assert.Equal(Page, Encoding.UTF8.GetString(items[0].Body.Span));
        Assert.Equal("ISO-8859-1", items[0].DeclaredCharset);
        Assert.Equal("text/html; charset=ISO-8859-1", items[0].ContentType);
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 8, 30, 0, TimeSpan.Zero), items[0].FetchedAt);
        Assert.Equal(7, source.Stats.Records);
        Assert.Equal(5, source.Stats.Skipped);
    }

    [Theory]
    [InlineData("WARC/1.0")]
    [InlineData("WARC/1.1")]
    public async Task Reads_an_uncompressed_archive_of_either_version(string version)
    {
        using var dir = new TempDir();
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{Page}");
        string path = WarcFixture.Write(dir, "plain.warc", [
            .. WarcFixture.Record("response", "<https://example.com/x>", http, "application/http; msgtype=response", version),
            .. WarcFixture.Record("response", "https://example.com/y", http, "application/http; msgtype=response", version)]);
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Empty(problems.All);
        Assert.Equal(["https://example.com/x", "https://example.com/y"], items.Select(i => i.Uri));
        Assert.Null(items[0].DeclaredCharset);
    }

    [Fact]
    public async Task Undoes_chunked_transfer_and_gzip_content_encoding()
    {
        using var dir = new TempDir();
        var gz = WarcFixture.Gzip(Encoding.UTF8.GetBytes(Page));
        var chunked = Encoding.ASCII.GetBytes("10\r\n" + Page[..16] + "\r\n" + (Page.Length - 16).ToString("x") + "\r\n" + Page[16..] + "\r\n0\r\n\r\n");
        var deflated = Deflate(Encoding.UTF8.GetBytes(Page));
        string path = WarcFixture.Write(dir, "enc.warc.gz", WarcFixture.GzipPerRecord(
            WarcFixture.Response("https://example.com/gz", gz, extraHeaders: "Content-Encoding: gzip\r\n"),
            WarcFixture.Response("https://example.com/chunked", chunked, extraHeaders: "Transfer-Encoding: chunked\r\n"),
            WarcFixture.Response("https://example.com/deflate", deflated, extraHeaders: "Content-Encoding: deflate\r\n"),
            // Common Crawl stores payloads decoded but some headers still claim gzip: kept as is.
            WarcFixture.Response("https://example.com/claims-gzip", Page, extraHeaders: "Content-Encoding: gzip\r\n")));
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Empty(problems.All);
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal(Page, Encoding.UTF8.GetString(i.Body.Span)));
    }

    [Fact]
    public async Task A_truncated_gzip_archive_keeps_the_records_before_the_cut_and_reports_it()
    {
        using var dir = new TempDir();
        var whole = WarcFixture.GzipPerRecord(
            WarcFixture.Response("https://example.com/1", Page),
            WarcFixture.Response("https://example.com/2", Page),
            WarcFixture.Response("https://example.com/3", Page + new string('x', 5000)));
        string path = WarcFixture.Write(dir, "cut.warc.gz", whole[..(whole.Length - 200)]);
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/1", "https://example.com/2"], items.Select(i => i.Uri));
        Assert.NotEmpty(problems.All);
    }

    [Fact]
    public async Task A_truncated_plain_archive_reports_the_cut_record()
    {
        using var dir = new TempDir();
        byte[] whole = [.. WarcFixture.Response("https://example.com/1", Page), .. WarcFixture.Response("https://example.com/2", Page)];
        string path = WarcFixture.Write(dir, "cut.warc", whole[..(whole.Length - 40)]);
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/1"], items.Select(i => i.Uri));
        Assert.Contains(problems.All, p => p.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_content_length_that_claims_too_much_loses_only_its_own_record()
    {
        using var dir = new TempDir();
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{Page}");
        string path = WarcFixture.Write(dir, "lying.warc.gz", WarcFixture.GzipPerRecord(
            WarcFixture.Record("response", "https://example.com/liar", http, "application/http; msgtype=response", declaredLength: http.Length + 300),
            WarcFixture.Response("https://example.com/next", Page),
            WarcFixture.Response("https://example.com/after", Page + new string(' ', 400))));
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/next", "https://example.com/after"], items.Select(i => i.Uri));
        Assert.Single(problems.All);
    }

    [Fact]
    public async Task A_content_length_that_claims_too_little_is_skipped_and_reading_resumes()
    {
        using var dir = new TempDir();
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{Page}");
        string path = WarcFixture.Write(dir, "short.warc", [
            .. WarcFixture.Record("response", "https://example.com/liar", http, "application/http; msgtype=response", declaredLength: 30),
            .. WarcFixture.Response("https://example.com/next", Page)]);
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/next"], items.Select(i => i.Uri));
        Assert.NotEmpty(problems.All);
    }

    [Fact]
    public async Task A_declared_ten_gigabyte_record_is_refused_without_reading_it_and_the_rest_is_read()
    {
        using var dir = new TempDir();
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{Page}");
        string path = WarcFixture.Write(dir, "huge.warc.gz", WarcFixture.GzipPerRecord(
            WarcFixture.Record("response", "https://example.com/huge", http, "application/http; msgtype=response", declaredLength: 10L * 1024 * 1024 * 1024),
            WarcFixture.Response("https://example.com/next", Page)));
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/next"], items.Select(i => i.Uri));
        Assert.Contains("10,737,418,240", problems.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_bomb_body_is_refused_at_the_body_cap()
    {
        using var dir = new TempDir();
        var bomb = WarcFixture.Gzip(new byte[64 * 1024 * 1024]);
        string path = WarcFixture.Write(dir, "bomb.warc.gz", WarcFixture.GzipPerRecord(
            WarcFixture.Response("https://example.com/bomb", bomb, extraHeaders: "Content-Encoding: gzip\r\n"),
            WarcFixture.Response("https://example.com/next", Page)));
        var problems = new ProblemLog();

        var items = await new WarcSource(path, new WarcLimits { MaxBodyBytes = 1024 * 1024 }).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/next"], items.Select(i => i.Uri));
        Assert.Contains("limit", problems.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_bomb_record_is_skipped_without_holding_it()
    {
        using var dir = new TempDir();
        // One gzip member that inflates to a 48 MB record of zeros: over the record cap, skipped by scanning.
        var zeros = new byte[48 * 1024 * 1024];
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"u8.ToArray();
        string path = WarcFixture.Write(dir, "bomb-record.warc.gz", WarcFixture.GzipPerRecord(
            WarcFixture.Record("response", "https://example.com/bomb", [.. http, .. zeros], "application/http; msgtype=response"),
            WarcFixture.Response("https://example.com/next", Page)));
        var problems = new ProblemLog();

        var items = await new WarcSource(path, new WarcLimits { MaxRecordBytes = 1024 * 1024 }).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/next"], items.Select(i => i.Uri));
        Assert.Single(problems.All);
    }

    [Fact]
    public async Task Garbage_between_records_is_reported_and_skipped()
    {
        using var dir = new TempDir();
        string path = WarcFixture.Write(dir, "garbage.warc", [
            .. WarcFixture.Response("https://example.com/1", Page),
            .. "this is not a record\r\nnor is this\r\n"u8,
            .. WarcFixture.Response("https://example.com/2", Page)]);
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/1", "https://example.com/2"], items.Select(i => i.Uri));
        Assert.NotEmpty(problems.All);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a warc at all")]
    public async Task A_file_that_is_not_an_archive_ends_with_a_problem_not_an_exception(string content)
    {
        using var dir = new TempDir();
        string path = WarcFixture.Write(dir, "x.warc", Encoding.UTF8.GetBytes(content));
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Empty(items);
        Assert.Equal(content.Length == 0 ? 0 : 1, problems.All.Count);
    }

    [Fact]
    public async Task Corrupt_gzip_ends_the_file_with_a_problem()
    {
        using var dir = new TempDir();
        var good = WarcFixture.Gzip(WarcFixture.Response("https://example.com/1", Page));
        var bad = WarcFixture.Gzip(WarcFixture.Response("https://example.com/2", Page));
        for (int i = 12; i < bad.Length - 8; i += 7)
        {
            bad[i] ^= 0x5A;
        }

        string path = WarcFixture.Write(dir, "corrupt.warc.gz", [.. good, .. bad]);
        var problems = new ProblemLog();

        var items = await new WarcSource(path).ReadAllAsync(problems);

        Assert.Equal(["https://example.com/1"], items.Select(i => i.Uri));
        Assert.NotEmpty(problems.All);
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }
}
