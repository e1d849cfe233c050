using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;

namespace Newsgraph.Core.Pipeline;

/// <summary>
/// A checked sequence of stages (built by <see cref="PipelineBuilder"/>). Running it never throws
/// for bad input: failures become error diagnostics on the document, and the time limit in
/// <see cref="InputLimits.Timeout"/> bounds every run.
/// </summary>
public sealed class Pipeline
{
    /// <summary>Version of the pipeline as a whole, recorded in every report.</summary>
    public const string Version = "0.1.0";

    private readonly IReaderStage reader;
    private readonly IStage[] stages;

    internal Pipeline(IReaderStage reader, IStage[] stages, InputLimits limits)
    {
        this.reader = reader;
        this.stages = stages;
        Limits = limits;
    }

    public InputLimits Limits { get; }

    /// <summary>The stages in run order, reader first.</summary>
    public IReadOnlyList<StageInfo> Stages => [reader.Info, .. stages.Select(s => s.Info)];

    /// <summary>
    /// Starts loading every stage's resources (<see cref="IWarmUp"/>) in the background and returns at
    /// once. Running a document meanwhile is safe: a stage that reaches a resource still loading
    /// waits for it. Failures are ignored here; the stage reports them when run.
    /// </summary>
    /// <remarks>
    /// Loads run in stage order on <see cref="WarmUpThreads"/> threads of their own, a stage's load
    /// starting only when the loads of the stages it reads from are done. The document a cold
    /// `analyze` runs meanwhile is the critical path: reading and extraction need no model and take
    /// ~100 ms of CPU on a first page, and by the time it reaches the entity stage the models have
    /// loaded. So the loads leave it one core: with one load thread per model on two cores (and on
    /// the thread pool, whose two threads they took, queueing the document behind them) the
    /// document's extraction shared a core with three loads and a cold run ended ~70 ms later
    /// (docs/benchmarks.md, session 7). Stage order puts the models the first document needs first.
    /// </remarks>
    public Task WarmUpInBackground() => WarmUpInBackground(WarmUpThreads);

    /// <summary><see cref="WarmUpInBackground()"/> on <paramref name="threads"/> threads.</summary>
    internal Task WarmUpInBackground(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var loadedBeforeLayer = new Dictionary<string, Task>(StringComparer.Ordinal);
        var queue = new List<(IWarmUp Stage, Task[] Before, TaskCompletionSource Done)>();
        foreach (IStageContract stage in stages.Prepend<IStageContract>(reader))
        {
            var before = stage.Requires.Select(layer => loadedBeforeLayer.GetValueOrDefault(layer)).OfType<Task>().Distinct().ToArray();
            Task? ready = before.Length == 0 ? null : Task.WhenAll(before);
            if (stage is IWarmUp warmUp)
            {
                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                queue.Add((warmUp, before, done));
                ready = done.Task;
            }

            foreach (string layer in stage.Produces)
            {
                if (ready is not null)
                {
                    loadedBeforeLayer[layer] = ready;
                }
            }
        }

        // Each thread takes the first load (in stage order) whose stages it reads from have loaded,
        // else waits for a running load to end. A load waits only on earlier ones, so some running
        // or ready load always exists: no deadlock whatever the thread count.
        var pending = Enumerable.Range(0, queue.Count).ToList();
        var gate = new object();
        void Worker()
        {
            while (true)
            {
                int pick = -1;
                Task? running = null;
                lock (gate)
                {
                    if (pending.Count == 0)
                    {
                        return;
                    }

                    pick = pending.FirstOrDefault(i => queue[i].Before.All(t => t.IsCompleted), -1);
                    if (pick >= 0)
                    {
                        pending.Remove(pick);
                    }
                    else
                    {
                        // Loads end on other threads: one may have ended between the look above and this
                        // one, leaving nothing to wait for (WhenAny of none throws); then a load is ready: look again.
                        var waiting = pending.SelectMany(i => queue[i].Before).Where(t => !t.IsCompleted).ToArray();
                        if (waiting.Length == 0)
                        {
                            continue;
                        }

                        running = Task.WhenAny(waiting);
                    }
                }

                if (running is not null)
                {
                    running.Wait();
                    continue;
                }

                var (stage, _, done) = queue[pick];
                WarmUp(stage);
                done.SetResult();
            }
        }

        var workers = new Task[Math.Min(threads, queue.Count)];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(Worker, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        return Task.WhenAll(workers);
    }

    /// <summary>Threads <see cref="WarmUpInBackground"/> loads on: every core but the one the first
    /// document runs on (see its remarks), at least one.</summary>
    private static int WarmUpThreads => Math.Max(1, Environment.ProcessorCount - 1);

    private static void WarmUp(IWarmUp stage)
    {
        try
        {
            stage.WarmUp();
        }
        catch (Exception)
        {
            // Left for Run, which turns a stage failure into a diagnostic on the document.
        }
    }

    public Document Run(RawInput input, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limits.Timeout);
        var token = timeout.Token;

        Document document;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        double cpu = StartupTimings.Enabled ? StartupTimings.ThreadCpuMilliseconds() : 0;
        try
        {
            document = reader.Read(input, token);
            if (StartupTimings.Enabled)
            {
                StartupTimings.Report("stage " + reader.Info.Id, System.Diagnostics.Stopwatch.GetElapsedTime(started), StartupTimings.ThreadCpuMilliseconds() - cpu);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(input, Diagnostic.Error(DiagnosticCodes.Timeout, $"Reading took longer than the {Limits.Timeout.TotalSeconds:0.#} s limit."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A reader must turn bad input into diagnostics; an exception here is a bug, but the
            // caller still gets a report that says what happened instead of a crash.
            return Failed(input, Diagnostic.Error(DiagnosticCodes.StageFailed, $"Stage '{reader.Info.Id}' failed: {ex.GetType().Name}: {ex.Message}"));
        }

        if (document.HasErrors)
        {
            return document;
        }

        foreach (var stage in stages)
        {
            try
            {
                started = System.Diagnostics.Stopwatch.GetTimestamp();
                cpu = StartupTimings.Enabled ? StartupTimings.ThreadCpuMilliseconds() : 0;
                stage.Run(document, token);
                if (StartupTimings.Enabled)
                {
                    StartupTimings.Report("stage " + stage.Info.Id, System.Diagnostics.Stopwatch.GetElapsedTime(started), StartupTimings.ThreadCpuMilliseconds() - cpu);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                document.AddDiagnostic(Diagnostic.Error(DiagnosticCodes.Timeout, $"Stage '{stage.Info.Id}' ran past the {Limits.Timeout.TotalSeconds:0.#} s limit."));
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                document.AddDiagnostic(Diagnostic.Error(DiagnosticCodes.StageFailed, $"Stage '{stage.Info.Id}' failed: {ex.GetType().Name}: {ex.Message}"));
                break;
            }
        }

        return document;
    }

    private static Document Failed(RawInput input, Diagnostic diagnostic) =>
        Document.Refused(new SourceInfo(input.Uri, input.ContentType ?? "application/octet-stream", input.Bytes.Length, string.Empty), diagnostic);
}
