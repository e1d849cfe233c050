using System.Diagnostics;
using System.Globalization;

namespace Newsgraph.Core.Diagnostics;

/// <summary>
/// Opt-in timing lines on standard error for finding where a cold process spends its time (model
/// loads, stages, JIT). Off unless the environment variable <see cref="Variable"/> is "1", so it adds
/// nothing to normal output; when off, <see cref="Measure{T}"/> is one static bool check.
/// </summary>
public static class StartupTimings
{
    /// <summary>Set to "1" to print timing lines (e.g. <c>NEWSGRAPH_TIMINGS=1 newsgraph analyze page.html</c>);
    /// "jit" also lists every method the JIT compiles (the code ReadyToRun did not cover, and tier-ups).</summary>
    public const string Variable = "NEWSGRAPH_TIMINGS";

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable(Variable) is "1" or "jit";

    /// <summary>Starts listing JIT compilations on standard error when <see cref="Variable"/> is "jit"; dispose to stop.</summary>
    public static IDisposable? ListJitCompilations() =>
        Environment.GetEnvironmentVariable(Variable) == "jit" ? new JitListener() : null;

    /// <summary>Runs <paramref name="load"/>, printing its wall time (and the offset since process start) when enabled.</summary>
    public static T Measure<T>(string what, Func<T> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!Enabled)
        {
            return load();
        }

        long start = Stopwatch.GetTimestamp();
        double cpu = ThreadCpuMilliseconds();
        var result = load();
        Report(what, Stopwatch.GetElapsedTime(start), ThreadCpuMilliseconds() - cpu);
        return result;
    }

    /// <summary>Prints one line "what: N ms wall, C ms CPU of this thread (ended at +T ms since process start)" when enabled.</summary>
    public static void Report(string what, TimeSpan elapsed, double threadCpuMilliseconds = double.NaN)
    {
        if (!Enabled)
        {
            return;
        }

        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"timings: {what,-28} {elapsed.TotalMilliseconds,8:F1} ms wall {threadCpuMilliseconds,7:F1} ms CPU   (ended at +{SinceStart():F0} ms, thread {Environment.CurrentManagedThreadId})"));
    }

    /// <summary>Prints the process totals (CPU, JIT, GC) when enabled: the cost that no one load accounts for.</summary>
    public static void ReportProcess()
    {
        if (!Enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"timings: process at +{SinceStart():F0} ms: CPU {process.TotalProcessorTime.TotalMilliseconds:F0} ms (user {process.UserProcessorTime.TotalMilliseconds:F0}), "
            + $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms, "
            + $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), allocated {GC.GetTotalAllocatedBytes() / 1e6:F1} MB, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB"));
    }

    /// <summary>CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); NaN elsewhere.
    /// Why CPU and not only wall: on a shared machine wall time mostly measures the other processes.</summary>
    public static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        return NativeClock.clock_gettime(NativeClock.ThreadCpuTime, out var t) == 0 ? (t.Seconds * 1e3) + (t.Nanoseconds / 1e6) : double.NaN;
    }

    private static double SinceStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }

    /// <summary>Prints the runtime's MethodJittingStarted events (JIT keyword 0x10, verbose).</summary>
    private sealed class JitListener : System.Diagnostics.Tracing.EventListener
    {
        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            // MethodLoadVerbose fires once per compiled body; MethodFlags bits 7-9 hold the tier
            // (1 MinOpt, 2 optimised, 3 tier 0, 4 tier 1, 5 ReadyToRun, 6 tier 1 OSR, 7 tier 1 instrumented, 8 tier 0 instrumented).
            if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true && eventData.Payload is { } payload && eventData.PayloadNames is { } names)
            {
                object? Field(string name) => names.IndexOf(name) is int i and >= 0 ? payload[i] : null;
                uint flags = Convert.ToUInt32(Field("MethodFlags") ?? 0u, CultureInfo.InvariantCulture);
                Console.Error.WriteLine($"jit: tier={(flags >> 7) & 7} {Field("MethodNamespace")}::{Field("MethodName")} {Field("MethodSignature")}");
            }
        }
    }

    private static class NativeClock
    {
        public const int ThreadCpuTime = 3;

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        public static extern int clock_gettime(int clock, out TimeSpec time);

        public struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
