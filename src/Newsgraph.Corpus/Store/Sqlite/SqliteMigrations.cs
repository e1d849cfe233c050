using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Versioned schema. Each migration runs once, in its own transaction, and is recorded in
/// <c>schema_migrations</c>; a database written by a newer version is refused rather than guessed at.
/// Add a migration by appending to <see cref="All"/> — never edit one that has shipped.
/// </summary>
internal static class SqliteMigrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "corpus tables, full-text index, knowledge tables, stories and duplicate groups", V1),
        new(2, "ingest speed: no content-hash index, a 32 MB full-text pending-term buffer", V2),
        new(3, "ingest speed: mentions packed into their article-entity row", V3),
        new(4, "search at scale: an index of superseded revisions", V4),
        new(5, "ingest at scale: the near-duplicate index stored, not rebuilt in memory by every run", V5),
        new(6, "ingest at scale: story members by article", V6),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>Brings the schema up to <see cref="Latest"/>; returns the version now in place.</summary>
    public static int Apply(SqliteConnection connection) => Apply(connection, Latest);

    /// <summary>Brings the schema up to <paramref name="upTo"/> (tests build an older database with it).</summary>
    internal static int Apply(SqliteConnection connection, int upTo)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new CorpusStoreException($"The database has schema version {current}, newer than this newsgraph understands ({Latest}); use a newer newsgraph.");
        }

        foreach (var migration in All.Where(m => m.Version > current && m.Version <= upTo))
        {
            using var transaction = connection.BeginTransaction();

            // Another process may have migrated between our read and our write lock.
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            Execute(connection, migration.Sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations(version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return CurrentVersion(connection);
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // ix_articles_hash served no query (a URL's revisions are found by url) and cost a random
    // B-tree insert per article. FTS5 flushes its in-memory pending terms into a new level-0
    // segment whenever they pass 'hashsize' (default 1 MB, ~100 articles), however large the
    // transaction; every segment is merged again later. At 32 MB a bulk batch of 2,048 articles
    // makes one segment: FTS5 CPU per article 0.66 -> 0.48 ms (python sqlite3, 12,288 bench texts in
    // batches of 2,048). The buffer is per writer, freed at commit; searches see fewer segments.
    private const string V2 = """
        DROP INDEX IF EXISTS ix_articles_hash;
        INSERT INTO articles_fts(articles_fts, rank) VALUES('hashsize', 33554432);
        """;

    // The mentions table held one row per mention (~50 an article in the bench) plus an index entry
    // keyed by entity, a random B-tree insert each: the largest share of the writer's rows. No
    // query needs a mention on its own; the entity profile counts them per month. They now live in
    // the article-entity row: mention_count (summed per month) and the offsets as a JSON array of
    // [start, end] (queryable with json_each). An old mention row belongs to an (article, entity
    // number), not to a local id: when two local entities of one article share a number, the
    // smallest local id gets them all, so the per-entity sums stay what the old counts were.
    private const string V3 = """
        ALTER TABLE article_entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE article_entities ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
        UPDATE article_entities AS ae
           SET mention_count = x.n, mentions = x.spans
          FROM (SELECT article_seq, entity_no, count(*) n, json_group_array(json_array(start, end)) spans
                  FROM (SELECT article_seq, entity_no, start, end FROM mentions ORDER BY rowid)
                 GROUP BY article_seq, entity_no) AS x
         WHERE x.article_seq = ae.article_seq AND x.entity_no = ae.entity_no
           AND ae.local_id = (SELECT min(f.local_id) FROM article_entities f WHERE f.article_seq = ae.article_seq AND f.entity_no = ae.entity_no);
        DROP TABLE mentions;
        """;

    // A search without words must skip superseded revisions. Read from the article row, that is a
    // random seek per candidate (~3-10 us at 1M articles, the table far larger than the cache); as a
    // list of the (few) superseded article numbers it is a probe into a small in-memory list, and a
    // search can check every other filter on index entries alone. Partial: rows with is_latest = 1
    // (all but revised articles) are not in it, so ingest pays nothing for a new article and one
    // index insert when a revision supersedes an older one.
    private const string V4 = """
        CREATE INDEX IF NOT EXISTS ix_articles_superseded ON articles(seq) WHERE is_latest = 0;
        """;

    // Every ingest run rebuilt the near-duplicate index in memory from every stored text (MinHash of
    // each): at 1M articles an ingest of nothing took 260 s and 12.5 GB before it could store one
    // article. The index now lives in these tables, written in each article's transaction
    // (SqliteStoredDuplicates). The articles stored before this migration are added once, in commit
    // order, by DuplicateBackfill when the store is next opened for writing: dedup_backfill holds
    // how far it got (done) and where the old articles end (through), so a killed backfill resumes.
    private const string V5 = """
        CREATE TABLE dedup_members(seq INTEGER PRIMARY KEY, canonical_seq INTEGER NOT NULL, signature BLOB);
        CREATE TABLE dedup_exact(key INTEGER PRIMARY KEY, seq INTEGER NOT NULL);
        CREATE TABLE dedup_bands(band_key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(band_key, seq)) WITHOUT ROWID;
        CREATE TABLE dedup_backfill(done INTEGER NOT NULL, through INTEGER NOT NULL);
        INSERT INTO dedup_backfill(done, through) SELECT 0, coalesce(max(seq), 0) FROM articles;
        """;

    // Re-clustering moves an article by deleting its story_members row by article number; the
    // primary key leads on story_id, so each delete scanned the whole table (every member of every
    // story: at 1M articles ~1M rows a moved article, a re-clustering moves tens to hundreds). New
    // members come in article order, so the index grows at its right edge (an append per article).
    private const string V6 = """
        CREATE INDEX IF NOT EXISTS ix_story_members_article ON story_members(article_seq);
        """;

    // seq is the rowid the full-text index points at; id is the public article id. Text and report
    // live in article_bodies so that articles rows stay small: filters, joins and facets read
    // metadata pages only (with the text inline a row spans overflow pages and a search paid ~10x).
    // Only latest revisions are in the full-text index. published_date is
    // the yyyy-MM-dd prefix of published, so date filters compare strings. site_key/host are lower-case
    // so --site matches a site name or a host. report holds the full report v1 JSON.
    private const string V1 = """
        CREATE TABLE articles(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            host TEXT,
            revision INTEGER NOT NULL,
            is_latest INTEGER NOT NULL DEFAULT 1,
            content_hash TEXT NOT NULL,
            source_uri TEXT NOT NULL,
            site TEXT,
            site_key TEXT,
            title TEXT,
            published TEXT,
            published_date TEXT,
            language TEXT,
            duplicate_of TEXT,
            story_id TEXT,
            entity_keys TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            UNIQUE(url, revision));
        CREATE INDEX ix_articles_hash ON articles(content_hash);
        CREATE INDEX ix_articles_site ON articles(site_key);
        CREATE INDEX ix_articles_host ON articles(host);
        CREATE INDEX ix_articles_published ON articles(published_date);
        CREATE INDEX ix_articles_story ON articles(story_id);
        CREATE INDEX ix_articles_duplicate ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
        CREATE TABLE article_bodies(seq INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL, report TEXT NOT NULL);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='article_bodies', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');

        CREATE TABLE sources(uri TEXT NOT NULL, sha256 TEXT NOT NULL, article_id TEXT, PRIMARY KEY(uri, sha256)) WITHOUT ROWID;

        CREATE TABLE entities(entity_no INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE entity_names(name_key TEXT NOT NULL, entity_no INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY(name_key, entity_no)) WITHOUT ROWID;
        CREATE INDEX ix_entity_names_entity ON entity_names(entity_no);
        CREATE TABLE article_entities(article_seq INTEGER NOT NULL, local_id TEXT NOT NULL, entity_no INTEGER NOT NULL, name TEXT NOT NULL, roles TEXT NOT NULL, PRIMARY KEY(article_seq, local_id)) WITHOUT ROWID;
        CREATE INDEX ix_article_entities_entity ON article_entities(entity_no, article_seq);
        CREATE TABLE mentions(article_seq INTEGER NOT NULL, entity_no INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
        CREATE INDEX ix_mentions_entity ON mentions(entity_no, article_seq);

        CREATE TABLE quotes(article_seq INTEGER NOT NULL, local_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            speaker_entity INTEGER, speaker_name TEXT, speaker_key TEXT, cue TEXT, medium TEXT, PRIMARY KEY(article_seq, local_id)) WITHOUT ROWID;
        CREATE INDEX ix_quotes_speaker_key ON quotes(speaker_key, article_seq);
        CREATE INDEX ix_quotes_speaker_entity ON quotes(speaker_entity, article_seq);

        CREATE TABLE claims(article_seq INTEGER NOT NULL, local_id TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            status TEXT NOT NULL, hedged INTEGER NOT NULL, PRIMARY KEY(article_seq, local_id)) WITHOUT ROWID;
        CREATE INDEX ix_claims_status ON claims(status, article_seq);
        CREATE TABLE claim_sources(article_seq INTEGER NOT NULL, claim_id TEXT NOT NULL, entity_no INTEGER, text TEXT NOT NULL, kind TEXT);
        CREATE INDEX ix_claim_sources_claim ON claim_sources(article_seq, claim_id);

        CREATE TABLE events(article_seq INTEGER NOT NULL, local_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, place TEXT, time TEXT, modality TEXT NOT NULL, claim_id TEXT, PRIMARY KEY(article_seq, local_id)) WITHOUT ROWID;
        CREATE INDEX ix_events_type ON events(type, article_seq);
        CREATE TABLE event_participants(article_seq INTEGER NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL, entity_no INTEGER NOT NULL);
        CREATE INDEX ix_event_participants_entity ON event_participants(entity_no, article_seq);

        CREATE TABLE times(article_seq INTEGER NOT NULL, local_id TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
            value TEXT, range_start TEXT, range_end TEXT, certainty TEXT NOT NULL, PRIMARY KEY(article_seq, local_id)) WITHOUT ROWID;

        CREATE TABLE stories(id TEXT PRIMARY KEY, title TEXT, first_published TEXT, last_published TEXT, articles INTEGER NOT NULL, independent_sources INTEGER NOT NULL);
        CREATE INDEX ix_stories_span ON stories(last_published, first_published);
        CREATE TABLE story_members(story_id TEXT NOT NULL, article_seq INTEGER NOT NULL, PRIMARY KEY(story_id, article_seq)) WITHOUT ROWID;
        CREATE TABLE duplicate_groups(member_seq INTEGER PRIMARY KEY, canonical_seq INTEGER NOT NULL);
        CREATE INDEX ix_duplicate_groups_canonical ON duplicate_groups(canonical_seq);
        """;
}
