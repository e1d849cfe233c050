using System.Diagnostics;
using Newsgraph.Core.Diagnostics;

namespace Newsgraph.Corpus.Ingest;

/// <summary>Where ingest time goes. Worker phases run on several threads at once (their sum can
/// exceed the wall time); writer phases run on the one writer thread, in turn.</summary>
public enum IngestPhase
{
    /// <summary>Producer: reading the source, hashing each item, asking the store whether it is known.</summary>
    Read,

    /// <summary>Worker: the analysis pipeline (or turning a pre-extracted article into a report).</summary>
    Analyse,

    /// <summary>Worker: what the writer needs but can be computed beforehand — canonical URL, content
    /// hash, entity keys, duplicate fingerprint, the report serialised.</summary>
    Prepare,

    /// <summary>Writer: feeding the in-memory indexes what other processes committed.</summary>
    CatchUp,

    /// <summary>Writer: source / URL / id lookups that decide what an item becomes.</summary>
    Lookup,

    /// <summary>Writer: the near-duplicate index.</summary>
    Dedup,

    /// <summary>Writer: the story clusterer.</summary>
    Cluster,

    /// <summary>Writer: re-clustering the new articles' neighbourhood and writing the moves.</summary>
    Recluster,

    /// <summary>Writer: the articles row and the body (text + report) row.</summary>
    ArticleRows,

    /// <summary>Writer: the full-text index insert.</summary>
    FullText,

    /// <summary>Writer: quotes, claims, events, times (the knowledge rows but the entities').</summary>
    Knowledge,

    /// <summary>Writer: source, duplicate-group and story-member rows.</summary>
    Links,

    /// <summary>Writer: entity numbers, name rows, the article-entity rows with their mentions.</summary>
    Entities,

    /// <summary>Writer: story aggregates and the COMMIT itself.</summary>
    Commit,

    /// <summary>End of run: building deferred indexes again, merging the full-text index.</summary>
    Finish,
}

/// <summary>When a phase began: the wall clock, and the thread's CPU clock and allocated bytes
/// when timings are on.</summary>
public readonly record struct PhaseStart(long Wall, double CpuMs, long AllocatedBytes = 0);

/// <summary>
/// Accumulated wall and thread-CPU time per <see cref="IngestPhase"/> (for benches; thread-safe).
/// CPU is what to compare on a shared machine: wall time there mostly measures other processes.
/// A phase measured with no timings attached costs one clock read and no CPU-clock system call.
/// </summary>
public sealed class IngestPhaseTimes
{
    private readonly long[] ticks = new long[Enum.GetValues<IngestPhase>().Length];
    private readonly long[] cpuMicroseconds = new long[Enum.GetValues<IngestPhase>().Length];
    private readonly long[] counts = new long[Enum.GetValues<IngestPhase>().Length];
    private readonly long[] allocatedBytes = new long[Enum.GetValues<IngestPhase>().Length];

    public static PhaseStart Start(IngestPhaseTimes? timings) =>
        timings is null
            ? new(Stopwatch.GetTimestamp(), 0)
            : new(Stopwatch.GetTimestamp(), StartupTimings.ThreadCpuMilliseconds(), GC.GetAllocatedBytesForCurrentThread());

    public void Stop(IngestPhase phase, PhaseStart start)
    {
        Interlocked.Add(ref ticks[(int)phase], Stopwatch.GetTimestamp() - start.Wall);
        double cpu = StartupTimings.ThreadCpuMilliseconds() - start.CpuMs;
        if (!double.IsNaN(cpu))
        {
            Interlocked.Add(ref cpuMicroseconds[(int)phase], (long)(cpu * 1000));
        }

        Interlocked.Add(ref allocatedBytes[(int)phase], GC.GetAllocatedBytesForCurrentThread() - start.AllocatedBytes);
        Interlocked.Increment(ref counts[(int)phase]);
    }

    public TimeSpan Total(IngestPhase phase) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks[(int)phase]));

    /// <summary>Thread CPU time spent in the phase (zero where the OS gives no thread CPU clock).</summary>
    public TimeSpan Cpu(IngestPhase phase) => TimeSpan.FromMicroseconds(Interlocked.Read(ref cpuMicroseconds[(int)phase]));

    public long Count(IngestPhase phase) => Interlocked.Read(ref counts[(int)phase]);

    /// <summary>Managed bytes the phase's threads allocated in it (the GC's work and the memory
    /// clearing that comes with it grow with this).</summary>
    public long Allocated(IngestPhase phase) => Interlocked.Read(ref allocatedBytes[(int)phase]);

    public void Clear()
    {
        Array.Clear(ticks);
        Array.Clear(cpuMicroseconds);
        Array.Clear(counts);
        Array.Clear(allocatedBytes);
    }
}
