using System.CommandLine;
using Newsgraph.Cli.Inputs;
using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph analyze</c>: turns pages into report v1 JSON or a readable summary.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Pages to analyse: a file (.html, .htm, .txt, or .gz of those), a folder (searched recursively), - for standard input, or an http(s) URL.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "json (report v1; the default when output is piped or written to a file) or text (a readable summary; the default on a terminal).",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file instead of standard output. Several inputs give one JSON report per line (JSONL).",
        };
        var nerMode = new Option<string>("--ner-mode")
        {
            Description = "fast (the default: averaged perceptron) or accurate (MiniLM transformer + trained head; loads OnnxRuntime and a ~90 MB model, a few thousand tokens/s per core).",
            DefaultValueFactory = _ => AnalyzeSettings.FastNer,
        };
        nerMode.AcceptOnlyFromAmong(AnalyzeSettings.FastNer, AnalyzeSettings.AccurateNer);
        var published = CorpusOptions.Date("--published", "Publication date to use when a page gives none");
        var pages = new PageInputOptions();

        var command = new Command("analyze", "Analyse news pages and print a report for each.")
        {
            inputs, format, output, published, nerMode,
        };
        pages.AddTo(command);
        command.Validators.Add(result => CorpusOptions.ValidateDate(result, published));

        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new AnalyzeSettings(
                Inputs: parse.GetValue(inputs) ?? [],
                Format: parse.GetValue(format),
                Out: parse.GetValue(output),
                Published: CorpusOptions.ParseDate(parse.GetValue(published)),
                AllowPrivate: pages.AllowPrivate(parse),
                Limits: pages.Limits(parse),
                Threads: pages.Threads(parse),
                NerMode: parse.GetValue(nerMode) ?? AnalyzeSettings.FastNer);
            return new AnalyzeRunner(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).RunAsync(cancellationToken);
        });

        return command;
    }
}
