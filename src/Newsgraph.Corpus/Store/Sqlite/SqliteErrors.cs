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
}
