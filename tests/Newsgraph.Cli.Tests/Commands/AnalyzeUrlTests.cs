using System.Text.Json.Nodes;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary><c>analyze https://…</c> against a server on 127.0.0.1.</summary>
public sealed class AnalyzeUrlTests
{
    private const string Page = "<html lang=\"en\"><head><title>Local story | Test Site</title></head><body><article><h1>Local story</h1><p>The body text of a local story, long enough to be an article paragraph on its own.</p></article></body></html>";

    [Fact]
    public async Task A_loopback_url_is_refused_without_allow_private()
    {
        await using var server = new LoopbackHttpServer(_ => new CannedResponse(200, Page));

        var run = await CliRun.InvokeAsync("analyze", server.Url("/story").AbsoluteUri, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NG1010", run.Error, StringComparison.Ordinal);
        ReportSchema.AssertValid(run.Output);
    }

    [Fact]
    public async Task A_loopback_url_is_analysed_with_allow_private()
    {
        await using var server = new LoopbackHttpServer(_ => new CannedResponse(200, Page));

        var run = await CliRun.InvokeAsync("analyze", server.Url("/story").AbsoluteUri, "--format", "json", "--allow-private");

        Assert.Equal(0, run.ExitCode);
        ReportSchema.AssertValid(run.Output);
        var report = JsonNode.Parse(run.Output)!;
        Assert.Equal(server.Url("/story").AbsoluteUri, report["source"]!["uri"]!.GetValue<string>());
        Assert.Equal("Local story", report["article"]!["title"]!.GetValue<string>());
    }
}
