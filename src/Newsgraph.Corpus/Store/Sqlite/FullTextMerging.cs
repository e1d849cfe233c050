using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// FTS5's incremental merging during a bulk load. Each batch writes one new segment; with
/// 'automerge' (default 4) FTS5 merges segments four at a time as it writes, so by the end of a load
/// every indexed term has been rewritten once per level of a 4-way merge tree (~log4 of the batches),
/// and the load then ends with an <c>optimize</c> that rewrites the whole index once more anyway.
/// A bulk load turns automerge off: FTS5 still merges a level once it holds 'crisismerge' (16)
/// segments, so a search during the load reads at most ~16 segments a level, and each term is
/// rewritten about half as often. The setting is stored in the index (its config table), so
/// <see cref="Restore"/> runs at the end of the load and whenever the store is opened for writing:
/// a load killed before its end does not leave later incremental runs without merging.
/// </summary>
internal static class FullTextMerging
{
    /// <summary>FTS5's own default, what every run but a bulk load uses.</summary>
    private const int DefaultAutomerge = 4;

    /// <summary>During a bulk load: no incremental merging (crisis merges only).</summary>
    private const int BulkAutomerge = 0;

    /// <summary>Turns incremental merging off for a bulk load.</summary>
    public static void Defer(SqliteConnection connection) => Set(connection, BulkAutomerge);

    /// <summary>Puts the default back when a bulk load left another value (a read when it did not).</summary>
    public static void Restore(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM articles_fts_config WHERE k = 'automerge'";
        if (command.ExecuteScalar() is { } value && Convert.ToInt64(value, CultureInfo.InvariantCulture) != DefaultAutomerge)
        {
            Set(connection, DefaultAutomerge);
        }
    }

    private static void Set(SqliteConnection connection, int automerge)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', $n)";
        command.Parameters.AddWithValue("$n", automerge);
        command.ExecuteNonQuery();
    }
}
