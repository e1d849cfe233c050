using System.Diagnostics;
using System.Text.Json.Nodes;
using Newsgraph.Cli.Commands;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>Runs the built CLI as a real process, so standard input and exit codes are the real ones.</summary>
public sealed class StandardInputTests
{
    // A fresh process loads every model for its one page: on a busy machine that alone can pass the
    // default 10 s stage budget, which is not what these tests are about.
    private const string TimeLimit = "300";

    [Fact]
    public async Task Reads_a_page_from_standard_input()
    {
        var (code, stdout, _) = await RunAsync(File.ReadAllText(RepoPaths.InRepo("samples", "harbour-bridge-reopens.html")), "analyze", "-", "--format", "json", "--time-limit", TimeLimit);

        Assert.Equal(0, code);
        ReportSchema.AssertValid(stdout);
        Assert.Equal("stdin:", JsonNode.Parse(stdout)!["source"]!["uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task Json_is_the_default_when_output_is_piped()
    {
        var (code, stdout, _) = await RunAsync(File.ReadAllText(RepoPaths.InRepo("samples", "council-votes-on-relief-fund.txt")), "analyze", "-", "--time-limit", TimeLimit);

        Assert.Equal(0, code);
        ReportSchema.AssertValid(stdout);
    }

    [Fact]
    public async Task Empty_standard_input_is_a_clear_error()
    {
        var (code, _, stderr) = await RunAsync(string.Empty, "analyze", "-", "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains("NG1002", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string stdin, params string[] args)
    {
        string dll = typeof(NewsgraphCommandLine).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
