using System.Diagnostics;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Wall time (and, given a clock for it, the thread's CPU time) a search spends in each of its
/// steps, summed over the searches it is handed to; the search-phases bench prints them. A search
/// without one records nothing. On a shared machine wall time mostly measures waiting for a core,
/// which is why CPU time is worth having.
/// </summary>
/// <param name="threadCpu">The calling thread's CPU time so far (the bench reads it from the OS).</param>
internal sealed class SearchPhaseTimes(Func<TimeSpan>? threadCpu = null)
{
    private readonly Dictionary<string, (double WallMs, double CpuMs)> totals = [];
    private readonly List<string> order = [];
    private long lastWall = Stopwatch.GetTimestamp();
    private TimeSpan lastCpu;

    /// <summary>Starts timing a search: the next <see cref="Mark"/> measures from here.</summary>
    public void Start()
    {
        lastCpu = threadCpu?.Invoke() ?? TimeSpan.Zero;
        lastWall = Stopwatch.GetTimestamp();
    }

    /// <summary>Adds the time since the previous mark to <paramref name="phase"/>.</summary>
    public void Mark(string phase)
    {
        long now = Stopwatch.GetTimestamp();
        TimeSpan cpu = threadCpu?.Invoke() ?? TimeSpan.Zero;
        double wall = Stopwatch.GetElapsedTime(lastWall, now).TotalMilliseconds;
        double cpuMs = (cpu - lastCpu).TotalMilliseconds;
        if (totals.TryGetValue(phase, out var sum))
        {
            totals[phase] = (sum.WallMs + wall, sum.CpuMs + cpuMs);
        }
        else
        {
            totals[phase] = (wall, cpuMs);
            order.Add(phase);
        }

        lastCpu = threadCpu?.Invoke() ?? TimeSpan.Zero;
        lastWall = Stopwatch.GetTimestamp();
    }

    /// <summary>The phases in the order first seen, with their summed wall and CPU milliseconds.</summary>
    public IEnumerable<(string Phase, double WallMs, double CpuMs)> Totals => order.Select(p => (p, totals[p].WallMs, totals[p].CpuMs));
}
