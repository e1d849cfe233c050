using Newsgraph.Cli.Inputs;
using Newsgraph.Core.Input;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Extraction;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// Runs <c>ingest</c>: resolves the inputs to sources, runs the corpus ingest loop with the default
/// pipeline, shows progress on a terminal, prints problems and a summary.
/// </summary>
internal sealed class IngestCommandRunner(IReadOnlyList<string> inputs, string dbPath, InputLimits limits, int threads, TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (sources, refused) = IngestSourceResolver.Resolve(inputs, limits.MaxInputBytes);
        foreach (var problem in refused)
        {
            await stderr.WriteLineAsync($"newsgraph: {problem.Uri}: {problem.Message}").ConfigureAwait(false);
        }

        using var store = CorpusDatabase.Open(dbPath, readOnly: false, stderr);
        if (store is null)
        {
            return ExitCodes.StoreFailed;
        }

        var problems = new ProblemWriter(stderr);
        var analyzer = new PipelineArticleAnalyzer(() => NewsgraphPipeline.CreateDefault(limits));
        var options = new IngestOptions { Workers = threads };
        IngestCounts counts;
        try
        {
            bool showProgress = !Console.IsErrorRedirected && stderr == Console.Error;
            counts = showProgress
                ? await RunWithProgressAsync(store, analyzer, options, sources, problems, cancellationToken).ConfigureAwait(false)
                : await new IngestRunner(store, analyzer, options) { Problems = problems }.RunAsync(sources, cancellationToken).ConfigureAwait(false);
        }
        catch (CorpusStoreException ex)
        {
            await stderr.WriteLineAsync("newsgraph: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.StoreFailed;
        }

        long failed = counts.Failed + refused.Count;
        await stdout.WriteLineAsync(
            $"ingested {counts.Ingested:N0} ({counts.Duplicates:N0} duplicates, {counts.Revisions:N0} revisions), skipped {counts.Skipped:N0}, failed {failed:N0}; corpus {Path.GetFullPath(dbPath)}: {store.Counts().LatestArticles:N0} articles")
            .ConfigureAwait(false);
        return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static async Task<IngestCounts> RunWithProgressAsync(ICorpusStore store, IArticleAnalyzer analyzer, IngestOptions options, IReadOnlyList<IIngestSource> sources, IProgress<SourceProblem> problems, CancellationToken cancellationToken)
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
                counts = await new IngestRunner(store, analyzer, options) { Problems = problems, Progress = progress }
                    .RunAsync(sources, cancellationToken).ConfigureAwait(false);
                task.IsIndeterminate = false;
                task.Value = 1;
            }).ConfigureAwait(false);
        return counts;
    }

    /// <summary>Writes each problem as one line on standard error (from any thread).</summary>
    private sealed class ProblemWriter(TextWriter stderr) : IProgress<SourceProblem>
    {
        private readonly Lock gate = new();

        public void Report(SourceProblem value)
        {
            lock (gate)
            {
                stderr.WriteLine($"newsgraph: {value.Uri}: {value.Message}");
            }
        }
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a thread-pool thread).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
