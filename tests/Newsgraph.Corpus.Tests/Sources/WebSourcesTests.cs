using System.Collections.Concurrent;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Sources.Listings;
using Newsgraph.Corpus.Sources.Web;
using Newsgraph.Extraction.Fetching;
using Newsgraph.TestSupport;

namespace Newsgraph.Corpus.Tests.Sources;

/// <summary>Feeds, sitemaps, URL lists and page URLs end to end against a loopback server.</summary>
public sealed class WebSourcesTests
{
    private const string Page = "<html><body><p>Story.</p></body></html>";

    private readonly ConcurrentQueue<string> requests = new();

    private static WebSourceSettings Settings => new()
    {
        Politeness = new PolitenessOptions { Fetch = new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(10) }, MinDelayPerHost = TimeSpan.Zero },
    };

    private LoopbackHttpServer Serve(Func<string, CannedResponse> route) => new(path =>
    {
        requests.Enqueue(path);
        return path == "/robots.txt" ? new CannedResponse(404, "") : route(path);
    });

    [Fact]
    public async Task A_feed_url_yields_its_article_pages()
    {
        await using var server = Serve(path => path switch
        {
            "/feed" => new CannedResponse(200, "<rss><channel><item><link>/a</link></item><item><link>/b</link></item></channel></rss>", "application/rss+xml"),
            _ => new CannedResponse(200, Page + path),
        });
        using var factory = new IngestSourceFactory(Settings, clock: new RecordingClock());
        var problems = new ProblemLog();

        var items = await factory.Create(server.Url("/feed").AbsoluteUri).ReadAllAsync(problems);

        Assert.Empty(problems.All);
        Assert.Equal([server.Url("/a").AbsoluteUri, server.Url("/b").AbsoluteUri], items.Select(i => i.Uri));
        Assert.Equal("utf-8", items[0].DeclaredCharset);
        Assert.NotNull(items[0].FetchedAt);
    }

    [Fact]
    public async Task A_page_url_yields_the_page_itself()
    {
        await using var server = Serve(_ => new CannedResponse(200, Page));
        using var factory = new IngestSourceFactory(Settings, clock: new RecordingClock());

        var items = await factory.Create(server.Url("/story").AbsoluteUri).ReadAllAsync(new ProblemLog());

        Assert.Equal(Page, System.Text.Encoding.UTF8.GetString(Assert.Single(items).Body.Span));
    }

    [Fact]
    public async Task A_sitemap_index_is_followed_to_its_sitemaps_and_a_self_reference_ends()
    {
        await using var server = Serve(path => path switch
        {
            "/index.xml" => new CannedResponse(200, Index("/index.xml", "/s1.xml", "/s2.xml"), "application/xml"),
            "/s1.xml" => new CannedResponse(200, Urlset("/a", "/b"), "application/xml"),
            "/s2.xml" => new CannedResponse(200, Urlset("/b", "/c"), "application/xml"),
            _ => new CannedResponse(200, Page),
        });
        using var factory = new IngestSourceFactory(Settings, clock: new RecordingClock());
        var problems = new ProblemLog();

        var items = await factory.Create(server.Url("/index.xml").AbsoluteUri).ReadAllAsync(problems);

        Assert.Empty(problems.All);
        Assert.Equal(["/a", "/b", "/c"], items.Select(i => new Uri(i.Uri).AbsolutePath));
        Assert.Single(requests, "/index.xml");
    }

    [Fact]
    public async Task A_ten_thousand_deep_sitemap_index_chain_stops_at_the_depth_cap()
    {
        await using var server = Serve(path => path.StartsWith("/s/", StringComparison.Ordinal)
            ? new CannedResponse(200, Index($"/s/{int.Parse(path[3..], System.Globalization.CultureInfo.InvariantCulture) + 1}"), "application/xml")
            : new CannedResponse(200, Page));
        using var factory = new IngestSourceFactory(Settings, clock: new RecordingClock());
        var problems = new ProblemLog();

        var items = await factory.Create(server.Url("/s/0").AbsoluteUri).ReadAllAsync(problems);

        Assert.Empty(items);
        Assert.Contains("deeper than 4", problems.Text, StringComparison.Ordinal);
        Assert.Equal(new ListingLimits().MaxSitemapDepth + 1, requests.Count(p => p.StartsWith("/s/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sitemaps_past_the_count_cap_are_not_fetched()
    {
        var children = Enumerable.Range(0, 30).Select(i => $"/c{i}.xml").ToArray();
        await using var server = Serve(path => path == "/index.xml"
            ? new CannedResponse(200, Index(children), "application/xml")
            : new CannedResponse(200, Urlset(path + "-page"), "application/xml"));
        var settings = Settings with { Listings = new ListingLimits { MaxSitemaps = 5 } };
        using var factory = new IngestSourceFactory(settings, clock: new RecordingClock());
        var problems = new ProblemLog();

        var items = await factory.Create(server.Url("/index.xml").AbsoluteUri).ReadAllAsync(problems);

        Assert.Equal(5, items.Count);
        Assert.Contains("more than 5 sitemaps", problems.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_list_fetches_each_url_and_reports_bad_lines()
    {
        await using var server = Serve(path => path == "/gone" ? new CannedResponse(404, "") : new CannedResponse(200, Page));
        using var dir = new TempDir();
        string list = Path.Combine(dir.Path, "urls.txt");
        File.WriteAllLines(list, ["# list", server.Url("/1").AbsoluteUri, "", server.Url("/gone").AbsoluteUri, server.Url("/2").AbsoluteUri, server.Url("/1").AbsoluteUri]);
        File.AppendAllLines(list, ["not a url"]);
        using var factory = new IngestSourceFactory(Settings, clock: new RecordingClock());
        var problems = new ProblemLog();

        var source = factory.Create(list);
        var items = await source.ReadAllAsync(problems);

        Assert.IsType<UrlListSource>(source);
        Assert.Equal(["/1", "/2"], items.Select(i => new Uri(i.Uri).AbsolutePath));
        Assert.Equal(2, problems.All.Count);
        Assert.Contains("404", problems.Text, StringComparison.Ordinal);
        Assert.Contains("line 7", problems.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_file_fetches_its_links()
    {
        await using var server = Serve(_ => new CannedResponse(200, Page));
        using var dir = new TempDir();
        string feed = Path.Combine(dir.Path, "saved.rss");
        File.WriteAllText(feed, $"<rss><channel><item><link>{server.Url("/x").AbsoluteUri}</link></item></channel></rss>");
        using var factory = new IngestSourceFactory(Settings, clock: new RecordingClock());

        var items = await factory.Create(feed).ReadAllAsync(new ProblemLog());

        Assert.Single(items);
    }

    private static string Index(params string[] locs) =>
        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + string.Concat(locs.Select(l => $"<sitemap><loc>{l}</loc></sitemap>")) + "</sitemapindex>";

    private static string Urlset(params string[] locs) =>
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + string.Concat(locs.Select(l => $"<url><loc>{l}</loc></url>")) + "</urlset>";
}
