using System.Runtime.InteropServices;

namespace Newsgraph.Benchmarks;

/// <summary>This thread's CPU time (clock_gettime CLOCK_THREAD_CPUTIME_ID, microsecond resolution;
/// the process total .NET reports ticks in 10 ms steps on Linux and counts every thread), and the
/// whole process's at the same resolution (<see cref="ProcessNow"/>).</summary>
internal static class ThreadCpuClock
{
    private const int ClockProcessCpuTimeId = 2;
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now() => Read(ClockThreadCpuTimeId);

    /// <summary>CPU time of every thread of the process (CLOCK_PROCESS_CPUTIME_ID): JIT, GC and
    /// thread-pool threads included.</summary>
    public static TimeSpan ProcessNow() => Read(ClockProcessCpuTimeId);

    private static TimeSpan Read(int clock) =>
        clock_gettime(clock, out var t) == 0 ? TimeSpan.FromTicks((t.Seconds * 1_000_000_000 + t.Nanoseconds) / 100) : TimeSpan.Zero;

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
