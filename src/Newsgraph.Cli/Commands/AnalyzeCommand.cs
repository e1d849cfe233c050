using System.CommandLine;
using System.Globalization;
using Newsgraph.Core.Input;
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
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (yyyy-MM-dd) to use when a page gives none.",
        };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Allow fetching URLs on loopback, private and link-local addresses (refused by default).",
        };
        var maxBytes = new Option<long?>("--max-bytes")
        {
            Description = "Largest input accepted, in bytes (default 16 MiB); also caps decompressed size.",
        };
        var threads = new Option<int?>("--threads")
        {
            Description = "Pages analysed in parallel when there are several (default: the number of cores).",
        };

        var command = new Command("analyze", "Analyse news pages and print a report for each.")
        {
            inputs, format, output, published, allowPrivate, maxBytes, threads,
        };

        command.Validators.Add(result =>
        {
            if (result.GetValue(published) is { } p && !DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--published must be a date like 2023-09-05, not '{p}'.");
            }

            if (result.GetValue(maxBytes) is <= 0)
            {
                result.AddError("--max-bytes must be a positive number of bytes.");
            }

            if (result.GetValue(threads) is <= 0)
            {
                result.AddError("--threads must be at least 1.");
            }
        });

        command.SetAction((parse, cancellationToken) =>
        {
            var limits = InputLimits.Default;
            if (parse.GetValue(maxBytes) is { } max)
            {
                limits = limits with { MaxInputBytes = max, MaxDecompressedBytes = Math.Max(max, limits.MaxDecompressedBytes) };
            }

            var settings = new AnalyzeSettings(
                Inputs: parse.GetValue(inputs) ?? [],
                Format: parse.GetValue(format),
                Out: parse.GetValue(output),
                Published: parse.GetValue(published) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                AllowPrivate: parse.GetValue(allowPrivate),
                Limits: limits,
                Threads: parse.GetValue(threads) ?? Environment.ProcessorCount);
            return new AnalyzeRunner(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).RunAsync(cancellationToken);
        });

        return command;
    }
}
