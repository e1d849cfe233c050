using System.Text.Json.Nodes;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    private static readonly string SampleHtml = RepoPaths.InRepo("samples", "harbour-bridge-reopens.html");
    private static readonly string SampleText = RepoPaths.InRepo("samples", "council-votes-on-relief-fund.txt");

    [Fact]
    public async Task Json_report_of_the_sample_page_matches_the_schema()
    {
        var run = await CliRun.InvokeAsync("analyze", SampleHtml, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        ReportSchema.AssertValid(run.Output);
        var report = JsonNode.Parse(run.Output)!;
        Assert.Equal("Harbour bridge reopens after two-year repair, city says", report["article"]!["title"]!.GetValue<string>());
        Assert.StartsWith("The Eastgate harbour bridge reopened", report["article"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_gives_one_valid_report_per_line()
    {
        string outFile = Path.Combine(Path.GetTempPath(), $"newsgraph-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = await CliRun.InvokeAsync("analyze", RepoPaths.InRepo("samples"), "--out", outFile);

            Assert.Equal(0, run.ExitCode);
            var lines = File.ReadAllLines(outFile);
            Assert.Equal(Directory.GetFiles(RepoPaths.InRepo("samples")).Length, lines.Length);
            Assert.All(lines, ReportSchema.AssertValid);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public async Task Text_format_prints_a_readable_summary()
    {
        var run = await CliRun.InvokeAsync("analyze", SampleHtml, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Harbour bridge reopens", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"schemaVersion\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_option_fills_a_missing_date()
    {
        var run = await CliRun.InvokeAsync("analyze", SampleText, "--format", "json", "--published", "2024-03-19");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-03-19", JsonNode.Parse(run.Output)!["article"]!["published"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_with_exit_code_1()
    {
        var run = await CliRun.InvokeAsync("analyze", "/no/such/page.html", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NG1008", run.Error, StringComparison.Ordinal);
        ReportSchema.AssertValid(run.Output);
    }

    [Fact]
    public async Task A_malformed_published_date_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("analyze", SampleHtml, "--published", "next tuesday");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--published", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var run = await CliRun.InvokeAsync("analyze", SampleHtml, "--format", "json", "--max-bytes", "100");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NG1004", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100000")]
    public async Task A_time_limit_outside_its_range_is_a_usage_error(string seconds)
    {
        var run = await CliRun.InvokeAsync("analyze", SampleHtml, "--time-limit", seconds);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--time-limit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generous_time_limit_still_analyses_the_page()
    {
        var run = await CliRun.InvokeAsync("analyze", SampleHtml, "--format", "json", "--time-limit", "600");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("NG9001", run.Output, StringComparison.Ordinal);
    }
}
