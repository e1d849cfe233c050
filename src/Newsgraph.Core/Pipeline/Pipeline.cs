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
    /// once. A stage's load starts when the loads of the stages it reads from (directly or through
    /// stages without resources) are done, not all at once: on a two-core machine the models the
    /// first document needs first get the CPU, and a load a document may never reach (the places
    /// gazetteer, used only when the entities include a place) does not slow the entity models down.
    /// Running a document meanwhile is safe: a stage that reaches a resource still loading waits for
    /// it. Failures are ignored here; the stage reports them when run.
    /// </summary>
    public Task WarmUpInBackground()
    {
        var loadedBeforeLayer = new Dictionary<string, Task>(StringComparer.Ordinal);
        var loads = new List<Task>();
        foreach (IStageContract stage in stages.Prepend<IStageContract>(reader))
        {
            var before = stage.Requires.Select(layer => loadedBeforeLayer.GetValueOrDefault(layer)).OfType<Task>().Distinct().ToArray();
            Task ready = before.Length == 0 ? Task.CompletedTask : Task.WhenAll(before);
            if (stage is IWarmUp warmUp)
            {
                ready = ready.ContinueWith(_ => WarmUp(warmUp), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                loads.Add(ready);
            }

            foreach (string layer in stage.Produces)
            {
                loadedBeforeLayer[layer] = ready;
            }
        }

        return Task.WhenAll(loads);
    }

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
