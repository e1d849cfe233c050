using System.Collections.Concurrent;
using Newsgraph.Analysis;
using Newsgraph.Cli.Inputs;
using Newsgraph.Cli.Output;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Report;
using Newsgraph.Extraction;
using Spectre.Console;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// Runs <c>analyze</c>: loads each input, runs the pipeline (in parallel for many inputs, output
/// kept in input order), writes reports, reports failures on standard error and sets the exit code.
/// </summary>
internal sealed class AnalyzeRunner(AnalyzeSettings settings, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Pages in flight per worker: enough to keep workers busy, few enough to bound memory.</summary>
    private const int BatchPerWorker = 8;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var items = InputResolver.Expand(settings.Inputs);
        if (items.Count == 0)
        {
            await stderr.WriteLineAsync("newsgraph: no pages found (a folder is searched for .html, .htm, .txt and their .gz)").ConfigureAwait(false);
            return ExitCodes.InputFailed;
        }

        bool many = InputResolver.IsMany(settings.Inputs, items);
        bool toTerminal = settings.Out is null && !Console.IsOutputRedirected;
        string format = settings.Format ?? (toTerminal ? "text" : "json");

        TextWriter writer = stdout;
        StreamWriter? file = null;
        if (settings.Out is not null)
        {
            file = new StreamWriter(settings.Out.FullName, append: false, new System.Text.UTF8Encoding(false));
            writer = file;
        }

        try
        {
            var sink = new ReportSink(writer, format, many);
            bool showProgress = many && !Console.IsErrorRedirected && (settings.Out is not null || Console.IsOutputRedirected);
            int failed = showProgress
                ? await RunWithProgressAsync(items, sink, cancellationToken).ConfigureAwait(false)
                : await RunAllAsync(items, sink, null, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            Newsgraph.Core.Diagnostics.StartupTimings.ReportProcess();
            return failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<int> RunWithProgressAsync(IReadOnlyList<InputItem> items, ReportSink sink, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        int failed = 0;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("analysing pages", maxValue: items.Count);
                failed = await RunAllAsync(items, sink, n => task.Increment(n), cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return failed;
    }

    private async Task<int> RunAllAsync(IReadOnlyList<InputItem> items, ReportSink sink, Action<int>? progress, CancellationToken cancellationToken)
    {
        using var loader = new InputLoader(settings.Limits, settings.Published, settings.AllowPrivate);
        var pipelines = new ConcurrentBag<Pipeline>();
        // Models load in the background while the first page is fetched, read and extracted: on a
        // one-page run that overlap is most of the cold-start budget (docs/benchmarks.md).
        var nerTagger = settings.NerMode == AnalyzeSettings.AccurateNer ? LoadAccurateTagger() : null;
        Pipeline NewPipeline() => nerTagger is null ? AnalysisPipeline.CreateDefault(settings.Limits) : AnalysisPipeline.CreateDefault(settings.Limits, nerTagger);
        var first = NewPipeline();
        _ = first.WarmUpInBackground();
        pipelines.Add(first);
        int workers = Math.Max(1, Math.Min(settings.Threads, items.Count));
        int batchSize = workers * BatchPerWorker;
        int failed = 0;

        for (int offset = 0; offset < items.Count; offset += batchSize)
        {
            int count = Math.Min(batchSize, items.Count - offset);
            var reports = new AnalysisReport[count];
            await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                if (!pipelines.TryTake(out var pipeline))
                {
                    pipeline = NewPipeline();
                }

                try
                {
                    reports[i] = await AnalyzeOneAsync(pipeline, loader, items[offset + i], ct).ConfigureAwait(false);
                }
                finally
                {
                    pipelines.Add(pipeline);
                }
            }).ConfigureAwait(false);

            for (int i = 0; i < count; i++)
            {
                if (reports[i].Diagnostics.Any(d => d.Severity == "error"))
                {
                    failed++;
                    foreach (var d in reports[i].Diagnostics.Where(d => d.Severity == "error"))
                    {
                        await stderr.WriteLineAsync($"newsgraph: {items[offset + i].Display}: {d.Code} {d.Message}").ConfigureAwait(false);
                    }
                }

                sink.Write(reports[i]);
            }

            progress?.Invoke(count);
        }

        return failed;
    }

    private static async Task<AnalysisReport> AnalyzeOneAsync(Pipeline pipeline, InputLoader loader, InputItem item, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(item, cancellationToken).ConfigureAwait(false);
        var document = loaded.Refused ?? pipeline.Run(loaded.Input!, cancellationToken);
        return ReportBuilder.Build(document, pipeline.Stages);
    }

    /// <summary>Only this method names the accurate tagger's assembly, so a fast-mode run never loads
    /// it (nor OnnxRuntime and the transformer). One tagger serves every worker: OnnxRuntime's Run is
    /// thread-safe, and one intra-op thread each keeps --threads the number of busy cores.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Newsgraph.Entities.ITokenTagger LoadAccurateTagger()
    {
        var tagger = Newsgraph.Entities.Accurate.AccurateEntityTagger.LoadEmbedded(intraOpThreads: 1);

        // OnnxRuntime's first Run and the JIT cost seconds; pay them here, not inside the entity
        // stage's time limit on the first page.
        _ = tagger.Tag(["Warm", "up", "."]);
        return tagger;
    }
}
