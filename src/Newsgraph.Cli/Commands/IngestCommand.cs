using System.CommandLine;
using Newsgraph.Core.Input;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph ingest</c>: analyses pages and stores them in the corpus database.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Pages to store: files (.html, .htm, .txt, or .gz of those), folders (searched recursively), or .jsonl files of extracted articles (id, title, text, published, source, url).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CorpusDatabase.Option();
        var threads = new Option<int?>("--threads") { Description = "Pages analysed in parallel (default: the number of cores)." };
        var maxBytes = new Option<long?>("--max-bytes") { Description = "Largest page accepted, in bytes (default 16 MiB); also caps decompressed size." };
        var command = new Command("ingest", "Analyse pages and store them in the corpus: duplicates folded, stories assigned, searchable. Re-running skips what is stored.")
        {
            inputs, db, threads, maxBytes,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(threads) is <= 0)
            {
                result.AddError("--threads must be at least 1.");
            }

            if (result.GetValue(maxBytes) is <= 0)
            {
                result.AddError("--max-bytes must be a positive number of bytes.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var limits = InputLimits.Default;
            if (parse.GetValue(maxBytes) is { } max)
            {
                limits = limits with { MaxInputBytes = max, MaxDecompressedBytes = Math.Max(max, limits.MaxDecompressedBytes) };
            }

            var runner = new IngestCommandRunner(
                parse.GetValue(inputs) ?? [], parse.GetValue(db)!, limits, parse.GetValue(threads) ?? Environment.ProcessorCount,
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return runner.RunAsync(cancellationToken);
        });
        return command;
    }
}
