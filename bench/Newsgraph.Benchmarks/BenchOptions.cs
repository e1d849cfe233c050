namespace Newsgraph.Benchmarks;

internal sealed record BenchOptions(string SharedDir, string OutDir, int Passes, bool PerPage, string? Only, string? Phase = null)
{
    /// <summary>Copies of the dev pages in a synthetic corpus (the warc bench).</summary>
    public int Copies { get; init; } = 20;
    /// <summary>Articles to synthesise (corpus-search).</summary>
    public int? Count { get; init; }
    /// <summary>Skip duplicate folding and story clustering (corpus-search at scale).</summary>
    public bool NoStories { get; init; }
    /// <summary>Searches timed per query kind (corpus-search).</summary>
    public int Queries { get; init; } = 200;
    /// <summary>Untimed warm-up passes (corpus-search --phase raw); null: the bench's default.</summary>
    public int? WarmUp { get; init; }
    /// <summary>An existing corpus file (search-phases).</summary>
    public string? Db { get; init; }

    public static BenchOptions Parse(ReadOnlySpan<string> args)
    {
        string shared = FindShared();
        string outDir = DefaultOutDir();
        int passes = 5;
        bool perPage = false;
        string? only = null;
        string? phase = null;
        int copies = 20;
        int? count = null;
        bool noStories = false;
        int queries = 200;
        string? db = null;
        int? warmUp = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared": shared = args[++i]; break;
                case "--out": outDir = args[++i]; break;
                case "--passes": passes = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--per-page": perPage = true; break;
                case "--only": only = args[++i]; break;
                case "--phase": phase = args[++i]; break;
                case "--copies": copies = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--count": count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--no-stories": noStories = true; break;
                case "--db": db = args[++i]; break;
                case "--warm-up": warmUp = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--queries": queries = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        return new BenchOptions(shared, outDir, passes, perPage, only, phase) { Copies = copies, Count = count, NoStories = noStories, Queries = queries, Db = db, WarmUp = warmUp };
    }

    /// <summary>
    /// Why: one folder under the temp dir per process. A fixed folder was shared by every worktree on
    /// the machine, and a concurrent run from another branch overwrote the knowledge reports between
    /// writing and scoring them (events-precision, 2026-11-29). Pass --out to keep or reuse results.
    /// </summary>
    internal static string DefaultOutDir() =>
        Path.Combine(Path.GetTempPath(), "newsgraph-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>../shared next to the repository root, found by walking up from the working directory.</summary>
    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "bench")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return Path.GetFullPath("../shared");
    }
}
