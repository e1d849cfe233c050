namespace Newsgraph.TestSupport;

/// <summary>Finds the repository root and the shared data folder beside it from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository, or null when this machine has none (tests that need it skip).</summary>
    public static string? Shared { get; } = FindShared();

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newsgraph.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Newsgraph.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(FindRoot()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seed")))
            {
                return candidate;
            }

            candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "seed")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
