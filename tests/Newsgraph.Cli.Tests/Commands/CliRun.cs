using Newsgraph.Cli.Commands;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await NewsgraphCommandLine.InvokeAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
