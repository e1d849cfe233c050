using System.Collections.Concurrent;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary><c>ingest</c> of feed and sitemap URLs against a loopback server: pages fetched, robots.txt obeyed, re-runs fetch only what is new.</summary>
public sealed class IngestWebSourcesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsgraph-cli-web", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> requests = new();

    public IngestWebSourcesTests() => Directory.CreateDirectory(folder);

    private string Db => Path.Combine(folder, "corpus.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // temp space is reclaimed anyway
        }
    }

    [Fact]
    public async Task A_feed_and_a_sitemap_index_are_followed_to_their_pages_robots_is_obeyed_and_a_rerun_fetches_nothing_stored()
    {
        await using var server = Serve(path => path switch
        {
            "/robots.txt" => new CannedResponse(200, "User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/feed" => new CannedResponse(200, IngestFixtures.Rss("/a", "/private/secret"), "application/rss+xml"),
            "/sitemap-index.xml" => new CannedResponse(200, IngestFixtures.SitemapIndex("/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-index.xml"), "application/xml"),
            "/sitemap-1.xml" => new CannedResponse(200, IngestFixtures.Urlset("/b"), "application/xml"),
            "/sitemap-2.xml" => new CannedResponse(200, IngestFixtures.Urlset("/c"), "application/xml"),
            _ => new CannedResponse(200, IngestFixtures.Page("Page " + path, path.Length * 31 + path[^1])),
        });
        string feed = server.Url("/feed").AbsoluteUri, index = server.Url("/sitemap-index.xml").AbsoluteUri;

        var first = await CliRun.InvokeAsync("ingest", feed, index, "--allow-private", "--db", Db, "--threads", "1");

        Assert.Contains("ingested 3", first.Output, StringComparison.Ordinal);
        Assert.Contains("robots.txt", first.Error, StringComparison.Ordinal); // /private/secret is reported, not fetched
        Assert.DoesNotContain("/private/secret", requests);
        Assert.Equal(1, requests.Count(r => r == "/sitemap-index.xml")); // listed by itself and by a sitemap: read once
        Assert.Equal(1, first.ExitCode);

        requests.Clear();
        var again = await CliRun.InvokeAsync("ingest", feed, index, "--allow-private", "--db", Db);

        Assert.Contains("ingested 0", again.Output, StringComparison.Ordinal);
        Assert.Contains("skipped 3", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/a", requests);
        Assert.DoesNotContain("/b", requests);
        Assert.DoesNotContain("/c", requests);
        Assert.Contains("/feed", requests); // listings are read again: they change
    }

    [Fact]
    public async Task Loopback_urls_are_refused_without_allow_private()
    {
        await using var server = Serve(_ => new CannedResponse(200, IngestFixtures.Page("x", 1)));

        var run = await CliRun.InvokeAsync("ingest", server.Url("/feed").AbsoluteUri, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--allow-private", run.Error, StringComparison.Ordinal);
        Assert.Empty(requests);
        Assert.Contains("ingested 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_declaring_10_GB_is_refused_by_its_length_without_being_read()
    {
        await using var server = Serve(path => path == "/huge"
            ? new CannedResponse(200, "<html>") { Headers = new Dictionary<string, string> { ["Content-Length"] = "10737418240" }, EndlessBytes = 4 << 20 }
            : new CannedResponse(404, ""));

        var run = await CliRun.InvokeAsync("ingest", server.Url("/huge").AbsoluteUri, "--allow-private", "--max-bytes", "1000000", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("10,737,418,240 bytes; the limit is 1,000,000", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_http_and_https_urls_are_read()
    {
        var run = await CliRun.InvokeAsync("ingest", "ftp://example.org/feed.xml", "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("use http(s)", run.Error, StringComparison.Ordinal);
    }

    private LoopbackHttpServer Serve(Func<string, CannedResponse> route) => new(path =>
    {
        requests.Enqueue(path);
        return route(path);
    });
}
