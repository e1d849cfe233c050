using System.CommandLine;

namespace Newsgraph.Cli.Commands;

/// <summary>The root command and its sub-commands, one per file in this folder.</summary>
internal static class NewsgraphCommandLine
{
    public static RootCommand Create() =>
        new("Newsgraph reads news pages the way an analyst does: the clean article, who is named, who said what, sourced to whom.")
        {
            AnalyzeCommand.Create(),
            TrainCommand.Create(),
            IngestCommand.Create(),
            SearchCommand.Create(),
            StoriesCommand.Create(),
            StoryCommand.Create(),
            EntityCommand.Create(),
            ExportCommand.Create(),
            ServeCommand.Create(),
        };

    public static Task<int> InvokeAsync(string[] args) => InvokeAsync(args, null);

    /// <summary>Runs a command line, optionally with its own output and error writers (for tests and hosts).</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter? output, TextWriter? error = null)
    {
        var parse = Create().Parse(args);
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        int code = await parse.InvokeAsync(configuration).ConfigureAwait(false);

        // System.CommandLine answers a bad command line with 1; keep 1 for "an input failed".
        return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
    }
}
