using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>Turns SQLite's error codes into messages that say what happened and what to do.</summary>
internal static class SqliteErrors
{
    // https://www.sqlite.org/rescode.html (primary codes; extended codes keep them in the low byte)
    private const int Busy = 5;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static CorpusStoreException Describe(SqliteException ex, string path) => (ex.SqliteErrorCode & 0xFF) switch
    {
        ReadOnly => new($"The database {path} is read-only (file or folder permissions, or a read-only disk); ingest needs write access.", ex),
        Full => new($"The disk holding {path} is full (or the database reached its --max-db-bytes cap); the last batch was rolled back and nothing committed was lost. Free space and re-run: stored items are skipped.", ex),
        NotADatabase => new($"{path} is not a newsgraph database (not an SQLite file); give another --db path.", ex),
        Corrupt => new($"The database {path} is damaged (SQLite reports corruption): {ex.Message}", ex),
        CantOpen => new($"Cannot open the database {path}: {ex.Message}", ex),
        Busy => new($"The database {path} stayed locked by another process for too long; try again when it finishes.", ex),
        IoError => new($"Input/output error on {path}: {ex.Message}", ex),
        _ => new($"Database error on {path}: {ex.Message}", ex),
    };

    /// <summary>As <see cref="Describe"/>, for an open for writing: SQLite's "unable to open database
    /// file" there usually means the folder refuses the <c>-wal</c> and <c>-shm</c> files it must
    /// create beside the database (folder permissions, an immutable folder, a read-only disk) while
    /// the file itself may be written; say so.</summary>
    public static CorpusStoreException DescribeOpenForWriting(SqliteException ex, string path) =>
        (ex.SqliteErrorCode & 0xFF) == CantOpen && System.IO.Path.GetDirectoryName(path) is { } folder && !CanCreateFileIn(folder)
            ? new($"The folder {folder} holding the database is read-only (permissions, or a read-only disk): SQLite must create {System.IO.Path.GetFileName(path)}-wal and -shm beside {path}; ingest needs write access there.", ex)
            : Describe(ex, path);

    private static bool CanCreateFileIn(string folder)
    {
        try
        {
            using var probe = new FileStream(System.IO.Path.Combine(folder, ".newsgraph-probe-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
