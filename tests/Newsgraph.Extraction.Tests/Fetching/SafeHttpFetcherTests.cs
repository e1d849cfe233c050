using System.Diagnostics;
using System.Text;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Extraction.Fetching;

namespace Newsgraph.Extraction.Tests.Fetching;

/// <summary>Fetch tests against a server on 127.0.0.1 only; nothing here reaches another address.</summary>
public sealed class SafeHttpFetcherTests : IDisposable
{
    private readonly LocalHttpServer server = new();

    private static readonly FetchOptions Private = new() { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(5) };

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task Refuses_loopback_by_default()
    {
        using var fetcher = new SafeHttpFetcher();
        var result = await fetcher.FetchAsync(server.Url("/page"));
        Assert.Null(result.Input);
        Assert.Equal(DiagnosticCodes.UrlRefused, result.Error!.Code);
        Assert.Contains("loopback", result.Error.Message);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/x")]
    [InlineData("gopher://127.0.0.1:70/")]
    public async Task Refuses_non_http_schemes(string url)
    {
        using var fetcher = new SafeHttpFetcher(Private);
        var result = await fetcher.FetchAsync(new Uri(url));
        Assert.Equal(DiagnosticCodes.UrlRefused, result.Error!.Code);
    }

    [Fact]
    public async Task Fetches_a_page_when_private_addresses_are_allowed()
    {
        using var fetcher = new SafeHttpFetcher(Private);
        var result = await fetcher.FetchAsync(server.Url("/redirect"));
        Assert.Null(result.Error);
        Assert.Contains("Hello from the test server.", Encoding.UTF8.GetString(result.Input!.Bytes.Span));
        Assert.Equal("text/html; charset=utf-8", result.Input.ContentType);
        Assert.Equal(server.Url("/page").AbsoluteUri, result.Input.PageUrl);
    }

    [Fact]
    public async Task Stops_a_redirect_loop()
    {
        using var fetcher = new SafeHttpFetcher(Private);
        var result = await fetcher.FetchAsync(server.Url("/loop"));
        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("redirects", result.Error.Message);
    }

    [Fact]
    public async Task Stops_a_body_over_the_size_cap()
    {
        using var fetcher = new SafeHttpFetcher(Private with { MaxBytes = 1024 * 1024 });
        var result = await fetcher.FetchAsync(server.Url("/huge"));
        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("limit", result.Error.Message);
    }

    [Fact]
    public async Task Times_out_a_slow_server()
    {
        using var fetcher = new SafeHttpFetcher(Private with { Timeout = TimeSpan.FromMilliseconds(500) });
        var sw = Stopwatch.StartNew();
        var result = await fetcher.FetchAsync(server.Url("/slow"));
        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("longer than", result.Error.Message);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Reports_http_errors()
    {
        using var fetcher = new SafeHttpFetcher(Private);
        var result = await fetcher.FetchAsync(server.Url("/missing"));
        Assert.Equal(DiagnosticCodes.FetchFailed, result.Error!.Code);
        Assert.Contains("404", result.Error.Message);
    }
}
