using Newsgraph.Core.Diagnostics;
using Newsgraph.Extraction.Fetching;
using Newsgraph.TestSupport;

namespace Newsgraph.Extraction.Tests.Fetching;

/// <summary>Fetches from a server on 127.0.0.1 only: refused by default, allowed with AllowPrivate.</summary>
public sealed class SafeHttpFetcherTests
{
    private const string Page = "<html><head><title>T</title></head><body><article><h1>Local story</h1><p>Body text of the local story.</p></article></body></html>";

    private static CannedResponse Route(string path) => path switch
    {
        "/page" => new CannedResponse(200, Page),
        "/moved" => new CannedResponse(301, string.Empty) { Headers = new Dictionary<string, string> { ["Location"] = "/page" } },
        "/loop" => new CannedResponse(302, string.Empty) { Headers = new Dictionary<string, string> { ["Location"] = "/loop" } },
        "/to-file" => new CannedResponse(302, string.Empty) { Headers = new Dictionary<string, string> { ["Location"] = "file:///etc/passwd" } },
        "/huge" => new CannedResponse(200, string.Empty) { EndlessBytes = 4L * 1024 * 1024 },
        "/slow" => new CannedResponse(200, Page) { Delay = TimeSpan.FromSeconds(5) },
        _ => new CannedResponse(404, "not found"),
    };

    [Fact]
    public async Task Refuses_a_loopback_address_by_default()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher();

        var result = await fetcher.FetchAsync(server.Url("/page"), CancellationToken.None);

        Assert.Null(result.Input);
        Assert.Equal(DiagnosticCodes.UrlRefused, result.Error!.Code);
        Assert.Contains("loopback", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_localhost_by_name()
    {
        using var fetcher = new SafeHttpFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(5) });

        var result = await fetcher.FetchAsync(new Uri("http://localhost:9/"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.UrlRefused, result.Error!.Code);
    }

    [Fact]
    public async Task Fetches_from_loopback_when_private_targets_are_allowed()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher(new FetchOptions { AllowPrivate = true });

        var result = await fetcher.FetchAsync(server.Url("/moved"), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(server.Url("/page").AbsoluteUri, result.Input!.PageUrl);
        Assert.Contains("text/html", result.Input.ContentType, StringComparison.Ordinal);
        Assert.Equal(Page.Length, result.Input.Bytes.Length);
    }

    [Fact]
    public async Task Stops_after_the_redirect_cap()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher(new FetchOptions { AllowPrivate = true, MaxRedirects = 3 });

        var result = await fetcher.FetchAsync(server.Url("/loop"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("redirects", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_redirect_to_a_non_http_scheme()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher(new FetchOptions { AllowPrivate = true });

        var result = await fetcher.FetchAsync(server.Url("/to-file"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.UrlRefused, result.Error!.Code);
    }

    [Fact]
    public async Task Stops_reading_at_the_size_cap()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher(new FetchOptions { AllowPrivate = true, MaxBytes = 256 * 1024 });

        var result = await fetcher.FetchAsync(server.Url("/huge"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("limit", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_up_after_the_time_limit()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher(new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromMilliseconds(300) });

        var result = await fetcher.FetchAsync(server.Url("/slow"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("longer than", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_http_errors()
    {
        await using var server = new LoopbackHttpServer(Route);
        using var fetcher = new SafeHttpFetcher(new FetchOptions { AllowPrivate = true });

        var result = await fetcher.FetchAsync(server.Url("/missing"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("404", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_non_http_schemes()
    {
        using var fetcher = new SafeHttpFetcher();

        var result = await fetcher.FetchAsync(new Uri("ftp://example.org/page"), CancellationToken.None);

        Assert.Equal(DiagnosticCodes.UrlRefused, result.Error!.Code);
    }
}
