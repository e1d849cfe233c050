using System.Diagnostics;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Where a search's time goes: runs the serve-load query mix (bench/serve-load.sh's search.lua:
/// two words from a list of common news words, now and then a filter, paging or no facets) on an
/// existing corpus through the store, one thread, and prints each step's wall time per query.
/// </summary>
internal sealed class SearchPhasesBench(BenchOptions options)
{
    private const int WarmUpQueries = 50;

    /// <summary>The words of bench/serve-load.sh's search.lua (keep the two lists alike).</summary>
    private static readonly string[] Words =
    [
        "government", "police", "said", "election", "minister", "talks", "court", "president", "health", "war",
        "peace", "officials", "city", "report", "security", "state", "people", "new", "year", "military", "law", "bill",
        "trade", "oil", "prices", "school", "children", "vote", "party", "leader", "attack", "killed", "company", "market",
        "water", "fire", "storm", "border", "china", "russia", "ukraine", "korea", "israel", "iran", "europe", "united",
        "meeting", "deal", "plan", "case", "judge", "prison", "hospital", "bank", "tax", "budget", "energy", "climate",
    ];

    public int Run()
    {
        if (options.Db is not { } db || !File.Exists(db))
        {
            Console.Error.WriteLine("search-phases needs --db FILE (an existing corpus, e.g. from corpus-search or bench/serve-load.sh)");
            return 2;
        }

        using var store = SqliteCorpusStore.Open(db, readOnly: true);
        var counts = store.Counts();
        Console.WriteLine($"corpus {db}: {counts.LatestArticles:N0} articles; SQLite {SQLitePCL.raw.sqlite3_libversion().utf8_to_string()}; load average {LoadAverage()}");
        var rng = new Random(7);
        for (int i = 0; i < WarmUpQueries; i++)
        {
            store.Search(Next(rng));
        }

        var phases = new SearchPhaseTimes(ThreadCpu);
        var times = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < options.Queries; i++)
        {
            var query = Next(rng);
            long start = Stopwatch.GetTimestamp();
            store.Search(query, phases);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / options.Queries;
        Console.WriteLine($"{options.Queries} searches, ms per search (summed over all searches / count; a step a search skips counts 0): wall, thread CPU");
        foreach (var (phase, wall, cpuPhase) in phases.Totals)
        {
            Console.WriteLine($"  {phase,-18} {wall / options.Queries,8:N3} {cpuPhase / options.Queries,8:N3}");
        }

        Console.WriteLine($"  {"total p50/p95/p99",-18} {Percentile(times, 50):N2} / {Percentile(times, 95):N2} / {Percentile(times, 99):N2}; mean {times.Average():N2}; process CPU {cpuMs:N2} ms/search; load average {LoadAverage()}");
        return 0;
    }

    /// <summary>One query of the mix, as search.lua draws it.</summary>
    private static SearchQuery Next(Random rng)
    {
        var query = new SearchQuery { Text = Words[rng.Next(Words.Length)] + " " + Words[rng.Next(Words.Length)] };
        return rng.Next(7) switch
        {
            3 => query with { Facets = false },
            4 => query with { From = new DateOnly(2023, 1, 1) },
            5 => query with { Limit = 10 },
            6 => query with { Offset = 20 },
            _ => query,
        };
    }

    private static TimeSpan ThreadCpu() => ThreadCpuClock.Now();

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];
    }
}
