namespace Newsgraph.TestSupport;

/// <summary>A fresh folder under the temp path for one test class, deleted when the class is disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A corpus database file inside the folder (not created).</summary>
    public string Db => System.IO.Path.Combine(Path, "corpus.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // temp space is reclaimed anyway
        }
    }
}
