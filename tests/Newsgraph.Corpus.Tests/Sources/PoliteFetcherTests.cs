using System.Collections.Concurrent;
using Newsgraph.Corpus.Sources.Web;
using Newsgraph.Extraction.Fetching;
using Newsgraph.TestSupport;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class PoliteFetcherTests
{
    private const string Page = "<html><body><p>Story.</p></body></html>";

    private readonly RecordingClock clock = new();
    private readonly ConcurrentQueue<string> requests = new();

    private static PolitenessOptions Options => new() { Fetch = new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(10) } };

    private LoopbackHttpServer Serve(Func<LoopbackRequest, CannedResponse> route) => LoopbackHttpServer.WithRequests(request =>
    {
        requests.Enqueue(request.Path);
        return route(request);
    });

    private static Dictionary<string, string> Headers(string name, string value) => new() { [name] = value };

    [Fact]
    public async Task Robots_txt_that_disallows_all_stops_the_fetch_before_any_page_request()
    {
        await using var server = Serve(r => r.Path == "/robots.txt" ? new CannedResponse(200, "User-agent: *\nDisallow: /\n", "text/plain") : new CannedResponse(200, Page));
        using var fetcher = new PoliteFetcher(Options, clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/story"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Disallowed, result.Outcome);
        Assert.Contains("robots.txt", result.Message, StringComparison.Ordinal);
        Assert.Equal(["/robots.txt"], requests);
    }

    [Fact]
    public async Task Robots_txt_is_fetched_once_per_host_and_a_missing_one_allows_all()
    {
        await using var server = Serve(r => r.Path == "/robots.txt" ? new CannedResponse(404, "no") : new CannedResponse(200, Page));
        using var fetcher = new PoliteFetcher(Options, clock: clock);

        var first = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);
        var second = await fetcher.FetchAsync(server.Url("/2"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Fetched, first.Outcome);
        Assert.Equal(PoliteFetchOutcome.Fetched, second.Outcome);
        Assert.Equal(["/robots.txt", "/1", "/2"], requests);
    }

    [Fact]
    public async Task An_unreachable_robots_txt_skips_the_site()
    {
        await using var server = Serve(r => r.Path == "/robots.txt" ? new CannedResponse(500, "down") : new CannedResponse(200, Page));
        using var fetcher = new PoliteFetcher(Options with { MaxAttempts = 1 }, clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Disallowed, result.Outcome);
        Assert.Contains("RFC 9309", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_minimum_delay_or_a_longer_crawl_delay()
    {
        await using var server = Serve(r => r.Path == "/robots.txt" ? new CannedResponse(200, "User-agent: *\nCrawl-delay: 3\n", "text/plain") : new CannedResponse(200, Page));
        using var fetcher = new PoliteFetcher(Options, clock: clock);

        await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);
        await fetcher.FetchAsync(server.Url("/2"), CancellationToken.None);

        // robots.txt → /1 waits the minimum delay (1 s); /1 → /2 waits the crawl delay (3 s).
        Assert.Equal(2, clock.Pauses.Count);
        Assert.InRange(clock.Pauses[0], TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1));
        Assert.InRange(clock.Pauses[1], TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_503_is_retried_after_the_servers_retry_after()
    {
        int calls = 0;
        await using var server = Serve(r => r.Path switch
        {
            "/robots.txt" => new CannedResponse(404, ""),
            _ => Interlocked.Increment(ref calls) == 1 ? new CannedResponse(503, "busy") { Headers = Headers("Retry-After", "7") } : new CannedResponse(200, Page),
        });
        using var fetcher = new PoliteFetcher(Options with { MinDelayPerHost = TimeSpan.Zero }, clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Fetched, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Contains(TimeSpan.FromSeconds(7), clock.Pauses);
    }

    [Fact]
    public async Task Retries_back_off_exponentially_and_give_up_after_the_last_attempt()
    {
        await using var server = Serve(r => r.Path == "/robots.txt" ? new CannedResponse(404, "") : new CannedResponse(429, "slow down"));
        using var fetcher = new PoliteFetcher(Options with { MinDelayPerHost = TimeSpan.Zero }, clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Failed, result.Outcome);
        Assert.Equal(4, result.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], clock.Pauses);
        Assert.Contains("after 4 attempts", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_cap_gives_up_at_once()
    {
        await using var server = Serve(r => r.Path == "/robots.txt" ? new CannedResponse(404, "") : new CannedResponse(429, "later") { Headers = Headers("Retry-After", "86400") });
        using var fetcher = new PoliteFetcher(Options with { MinDelayPerHost = TimeSpan.Zero }, clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("given up", result.Message, StringComparison.Ordinal);
        Assert.Empty(clock.Pauses);
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        await using var server = Serve(r => new CannedResponse(404, "no"));
        using var fetcher = new PoliteFetcher(Options, clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task A_second_fetch_is_conditional_and_a_304_means_not_modified()
    {
        await using var server = Serve(r => r switch
        {
            { Path: "/robots.txt" } => new CannedResponse(404, ""),
            _ when r.Header("If-None-Match") == "\"v1\"" => new CannedResponse(304, ""),
            _ => new CannedResponse(200, Page) { Headers = Headers("ETag", "\"v1\"") },
        });
        var cache = new InMemoryValidatorCache();
        using var fetcher = new PoliteFetcher(Options, cache, clock);

        var first = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);
        var second = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Fetched, first.Outcome);
        Assert.Equal("\"v1\"", cache.Get(server.Url("/1"))?.ETag);
        Assert.Equal(PoliteFetchOutcome.NotModified, second.Outcome);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_private_addresses_are_allowed()
    {
        await using var server = Serve(r => new CannedResponse(200, Page));
        using var fetcher = new PoliteFetcher(new PolitenessOptions(), clock: clock);

        var result = await fetcher.FetchAsync(server.Url("/1"), CancellationToken.None);

        Assert.Equal(PoliteFetchOutcome.Refused, result.Outcome);
        Assert.Empty(requests);
    }
}
