namespace Newsgraph.Entities.Accurate;

/// <summary>
/// Copies a model stream once into a cache folder under a fixed name and returns its path. A copy is
/// written under a unique ".partial" name and moved into place, so a concurrent first run or an
/// interrupted copy never leaves a half-written model under the final name.
/// </summary>
internal static class ModelCacheFile
{
    /// <summary>
    /// A ".partial" copy older than this is left over from a killed run, not one being written now:
    /// streaming the 86 MB model takes about a second, so an hour is far beyond any live copy. Left
    /// alone, every killed first run would strand another 86 MB in the user's cache folder.
    /// </summary>
    public static readonly TimeSpan StalePartialAge = TimeSpan.FromHours(1);

    /// <summary>Path of <paramref name="name"/> in the first writable folder, written from <paramref name="content"/> when absent or of another length.</summary>
    public static string Ensure(Stream content, string name, IEnumerable<string> folders, string hint)
    {
        var failures = new List<string>();
        foreach (string folder in folders)
        {
            string path = Path.Combine(folder, name);
            string? partial = null;
            try
            {
                if (new FileInfo(path) is { Exists: true } existing && existing.Length == content.Length)
                {
                    return path;
                }

                Directory.CreateDirectory(folder);
                RemoveStalePartials(folder, name, DateTime.UtcNow);
                partial = path + "." + Guid.NewGuid().ToString("N") + ".partial";
                using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
                {
                    content.CopyTo(file, 1 << 20);
                }

                File.Move(partial, path, overwrite: true);
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{folder}: {e.Message}");
                TryDelete(partial);
                content.Position = 0;
            }
        }

        throw new IOException($"could not write the model cache file {name} ({hint}): {string.Join("; ", failures)}");
    }

    /// <summary>Deletes this name's ".partial" copies last written before <see cref="StalePartialAge"/>; one that cannot be deleted is left.</summary>
    public static void RemoveStalePartials(string folder, string name, DateTime nowUtc)
    {
        foreach (string stale in Directory.EnumerateFiles(folder, name + ".*.partial"))
        {
            if (nowUtc - File.GetLastWriteTimeUtc(stale) > StalePartialAge)
            {
                TryDelete(stale);
            }
        }
    }

    private static void TryDelete(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process holds it (a live copy) or the folder turned read-only: harmless to keep.
        }
    }
}
