using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Secondary indexes that only searches read (the writer never looks rows up by them), which a bulk
/// load may drop and build again at its end. Kept up row by row they are random B-tree inserts —
/// the article-entity index alone (~8 rows an article) cost ~55–100 µs CPU per article in the bench,
/// while building it afterwards by one sort costs ~13 µs an article (python sqlite3 3.40, 10k
/// corpus). The definitions are those of the migrations; <see cref="Restore"/> runs whenever the
/// store is opened for writing, so a bulk load killed before its end leaves a corpus that the next
/// open makes whole again (its rows are all there: only the indexes were missing, searches were
/// correct but slower).
/// </summary>
internal static class DeferredIndexes
{
    /// <summary>The index of each article's published date by article number (see <see cref="All"/>).</summary>
    public const string SeqDateIndex = "ix_articles_seq_date";

    /// <summary>The index of each article's site and host by article number (see <see cref="All"/>).</summary>
    public const string SeqSiteIndex = "ix_articles_seq_site";

    private static readonly (string Name, string Definition)[] All =
    [
        ("ix_articles_site", "articles(site_key)"),
        ("ix_articles_host", "articles(host)"),
        ("ix_articles_published", "articles(published_date)"),

        // an article's date by its number: the date check of a search's candidate (a word's match,
        // an entry of a small filter's list) is a seek into this narrow index (~20 bytes an entry,
        // cached) instead of into the article row (~3-10 us at 1M articles, the table far larger
        // than the cache) or a list of the whole date range built per query (~0.3 us a row)
        (SeqDateIndex, "articles(seq, published_date)"),

        // an article's site and host by its number: the site facet reads them for a search's best
        // 500 hits, a seek each into this narrow index (~45 bytes an entry, 1M articles in ~50 MB,
        // mostly cached) where the article row (~400 bytes, the table far larger than the cache) was
        // a page read each: 6-16 ms CPU a search at 1M articles
        (SeqSiteIndex, "articles(seq, site, host)"),
        ("ix_entity_names_entity", "entity_names(entity_no)"),
        ("ix_article_entities_entity", "article_entities(entity_no, article_seq)"),
        ("ix_quotes_speaker_key", "quotes(speaker_key, article_seq)"),
        ("ix_quotes_speaker_entity", "quotes(speaker_entity, article_seq)"),
        ("ix_claims_status", "claims(status, article_seq)"),
        ("ix_events_type", "events(type, article_seq)"),
        ("ix_event_participants_entity", "event_participants(entity_no, article_seq)"),
    ];

    /// <summary>Drops the indexes (one transaction).</summary>
    public static void Drop(SqliteConnection connection) =>
        Execute(connection, string.Concat(All.Select(i => $"DROP INDEX IF EXISTS {i.Name};\n")));

    /// <summary>Creates whichever of the indexes is missing (one transaction; a no-op when all exist).</summary>
    public static void Restore(SqliteConnection connection) =>
        Execute(connection, string.Concat(All.Select(i => $"CREATE INDEX IF NOT EXISTS {i.Name} ON {i.Definition};\n")));

    /// <summary>How many of the indexes exist (tests).</summary>
    internal static int Present(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ({string.Join(", ", All.Select(i => $"'{i.Name}'"))})";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
