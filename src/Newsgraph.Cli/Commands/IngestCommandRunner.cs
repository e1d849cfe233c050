using Newsgraph.Cli.Inputs;
using Newsgraph.Core.Input;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Analysis;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// Runs <c>ingest</c>: opens the store, resolves the inputs to sources, runs the corpus ingest loop
/// with the default pipeline, shows progress on a terminal, prints problems and a summary.
/// </summary>
internal sealed class IngestCommandRunner(IngestSettings settings, TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var store = CorpusDatabase.Open(settings.DbPath, readOnly: false, stderr, settings.MaxDbBytes);
        if (store is null)
        {
            return ExitCodes.StoreFailed;
        }

        using var resolver = new IngestSourceResolver(settings.Limits.MaxInputBytes, settings.AllowPrivate, settings.Refetch ? null : store);
        var sources = resolver.Resolve(settings.Inputs);
        var problems = new LineWriter<SourceProblem>(stderr, p => $"newsgraph: {p.Uri}: {p.Message}");
        var acknowledged = settings.PrintIds ? new LineWriter<IReadOnlyList<string>>(stdout, ids => string.Join('\n', ids.Select(id => "stored " + id))) : null;
        var analyzer = new PipelineArticleAnalyzer(() => AnalysisPipeline.CreateDefault(settings.Limits)); // the full pipeline: entities, quotes, events go to the knowledge tables
        var options = new IngestOptions { Workers = settings.Threads, DeferIndexes = settings.Bulk, BatchSize = settings.Bulk ? IngestOptions.BulkBatchSize : IngestOptions.Default.BatchSize };
        IngestCounts counts;
        try
        {
            bool showProgress = !Console.IsErrorRedirected && stderr == Console.Error;
            var runner = new IngestRunner(store, analyzer, options) { Problems = problems, Acknowledged = acknowledged };
            counts = showProgress
                ? await RunWithProgressAsync(store, analyzer, options, sources, problems, acknowledged, cancellationToken).ConfigureAwait(false)
                : await runner.RunAsync(sources, cancellationToken).ConfigureAwait(false);
        }
        catch (CorpusStoreException ex)
        {
            await stderr.WriteLineAsync("newsgraph: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.StoreFailed;
        }

        await stdout.WriteLineAsync(
            $"ingested {counts.Ingested:N0} ({counts.Duplicates:N0} duplicates, {counts.Revisions:N0} revisions), skipped {counts.Skipped:N0}, failed {counts.Failed:N0}; corpus {Path.GetFullPath(settings.DbPath)}: {store.Counts().LatestArticles:N0} articles")
            .ConfigureAwait(false);
        return counts.Failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static async Task<IngestCounts> RunWithProgressAsync(ICorpusStore store, IArticleAnalyzer analyzer, IngestOptions options, IReadOnlyList<IIngestSource> sources, IProgress<SourceProblem> problems, IProgress<IReadOnlyList<string>>? acknowledged, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestCounts counts = IngestCounts.Zero;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                // sources stream (a folder is listed as it is read), so the total is unknown: the bar
                // runs indeterminate and the description carries the counts
                var task = context.AddTask("ingesting", maxValue: 1);
                task.IsIndeterminate = true;
                var progress = new SynchronousProgress<IngestCounts>(c => task.Description = $"stored {c.Ingested:N0} · skipped {c.Skipped:N0} · duplicates {c.Duplicates:N0} · failed {c.Failed:N0}");
                counts = await new IngestRunner(store, analyzer, options) { Problems = problems, Progress = progress, Acknowledged = acknowledged }
                    .RunAsync(sources, cancellationToken).ConfigureAwait(false);
                task.IsIndeterminate = false;
                task.Value = 1;
            }).ConfigureAwait(false);
        return counts;
    }

    /// <summary>Writes each report as a line (from any thread), flushed at once: a parent process
    /// reading the ids sees them as soon as they are durable.</summary>
    private sealed class LineWriter<T>(TextWriter writer, Func<T, string> format) : IProgress<T>
    {
        private readonly Lock gate = new();

        public void Report(T value)
        {
            lock (gate)
            {
                writer.WriteLine(format(value));
                writer.Flush();
            }
        }
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a thread-pool thread).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
