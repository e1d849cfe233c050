using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// One write transaction (BEGIN IMMEDIATE: it takes the database's write lock at once, so the
/// reads made to decide on a batch see every other process's committed batches and nothing changes
/// under them). Statements are prepared once per transaction and reused for every article.
/// </summary>
internal sealed class SqliteCorpusWriter : ICorpusWriter
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly string path;
    private readonly Action onClose;
    /// <summary>Prepared statements: the store's, kept across its transactions, or this writer's own.</summary>
    private readonly SqliteStatements statements;
    private readonly bool ownStatements;
    private readonly HashSet<string> touchedStories = new(StringComparer.Ordinal);

    /// <summary>Articles of this batch the full-text index gets at commit (in insert order), and
    /// earlier revisions it loses then (see <see cref="UpdateFullText"/>).</summary>
    private readonly List<long> toIndex = [];
    private readonly List<long> toUnindex = [];
    private readonly IngestPhaseTimes? timings;
    private readonly KnownEntityRows knownRows;

    /// <summary>The knowledge rows of this batch's articles, stored at commit.</summary>
    private readonly KnowledgeBatch knowledge = new();

    /// <summary>Computes the fingerprint of an article inserted without one (pure; holds no articles).</summary>
    private readonly NearDuplicateIndex fingerprinter;

    /// <summary>A bulk load's near-duplicate rows, kept in memory (null: written row by row).</summary>
    private readonly DeferredDuplicateRows? deferredDuplicates;

    /// <summary>Entity keys and name rows this transaction wrote: known to later articles of the
    /// batch at once, to the store's <see cref="KnownEntityRows"/> only once the batch committed.</summary>
    private readonly HashSet<string> writtenKeys = new(StringComparer.Ordinal);
    private readonly HashSet<(string NameKey, string Key)> writtenNames = [];

    /// <summary>One time for every article of the transaction: they become visible together.</summary>
    private readonly string ingestedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    private bool done;

    public SqliteCorpusWriter(SqliteConnection connection, string path, IngestPhaseTimes? timings, KnownEntityRows knownRows, NearDuplicateIndex fingerprinter, Action onClose, DeferredDuplicateRows? deferredDuplicates = null, SqliteStatements? statements = null)
    {
        this.statements = statements ?? new SqliteStatements();
        ownStatements = statements is null;
        this.fingerprinter = fingerprinter;
        this.deferredDuplicates = deferredDuplicates;
        this.connection = connection;
        this.knownRows = knownRows;
        this.path = path;
        this.timings = timings;
        this.onClose = onClose;
        transaction = connection.BeginTransaction(deferred: false);
        Duplicates = new SqliteStoredDuplicates(Command, fingerprinter.Settings, deferredDuplicates);
    }

    public IStoredDuplicates Duplicates { get; }

    public IEnumerable<KnownArticle> ClusteredArticlesAfter(long sequence)
    {
        if (sequence == 0)
        {
            return ClusteredArticlesAt(ReadSeqs(Command("SELECT article_seq FROM story_members")));
        }

        var members = Command("SELECT seq FROM articles WHERE seq > $s AND +story_id IS NOT NULL"); // + : along the numbers, not the story index
        members.Parameters["$s"].Value = sequence;
        return ClusteredArticlesAt(ReadSeqs(members));
    }

    public string? LastStoryDay() =>
        Command("SELECT max(last_published) FROM stories").ExecuteScalar() as string;

    public IReadOnlyList<string> StoriesLastPublishedBetween(string fromDay, string? beforeDay)
    {
        // along ix_stories_span (last_published first)
        var command = Command("SELECT id FROM stories WHERE last_published >= $from AND ($before IS NULL OR last_published < $before)");
        command.Parameters["$from"].Value = fromDay;
        command.Parameters["$before"].Value = (object?)beforeDay ?? DBNull.Value;
        return ReadStrings(command);
    }

    public IReadOnlyList<string> StoriesWithMembersAfter(long sequence)
    {
        // along ix_story_members_article
        var command = Command("SELECT DISTINCT story_id FROM story_members WHERE article_seq > $s");
        command.Parameters["$s"].Value = sequence;
        return ReadStrings(command);
    }

    public IEnumerable<KnownArticle> ClusteredMembersOf(IReadOnlyCollection<string> storyIds)
    {
        var command = Command("SELECT article_seq FROM story_members WHERE story_id = $story");
        var seqs = new List<long>();
        foreach (string story in storyIds)
        {
            command.Parameters["$story"].Value = story;
            seqs.AddRange(ReadSeqs(command));
        }

        return ClusteredArticlesAt(seqs);
    }

    private static List<long> ReadSeqs(SqliteCommand command)
    {
        var seqs = new List<long>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            seqs.Add(r.GetInt64(0));
        }

        return seqs;
    }

    private static List<string> ReadStrings(SqliteCommand command)
    {
        var values = new List<string>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            values.Add(r.GetString(0));
        }

        return values;
    }

    /// <summary>The clustered articles among these numbers (any order, repeats allowed), in commit
    /// order, streamed.</summary>
    private IEnumerable<KnownArticle> ClusteredArticlesAt(List<long> seqs)
    {
        // what the story clusterer is restored from: first revisions that are not copies and have
        // a story, numbers first so the rows come in commit order without a sort that would hold
        // every text. From the start they are found through story_members (a corpus stored
        // without stories has none, and no other article is read); later, the few articles other
        // processes committed since are found along the article numbers
        seqs.Sort();
        var article = Command("""
            SELECT a.seq, a.id, a.title, b.text, a.published, a.revision, a.duplicate_of, a.story_id, a.entity_keys
              FROM articles a JOIN article_bodies b ON b.seq = a.seq
             WHERE a.seq = $s AND a.story_id IS NOT NULL AND a.revision = 1 AND a.duplicate_of IS NULL
            """);
        long previous = -1;
        foreach (long seq in seqs)
        {
            if (seq == previous)
            {
                continue;
            }

            previous = seq;
            article.Parameters["$s"].Value = seq;
            using var r = article.ExecuteReader();
            if (r.Read())
            {
                yield return new KnownArticle(
                    r.GetInt64(0), r.GetString(1), NullableString(r, 2), r.GetString(3), NullableString(r, 4), r.GetInt32(5),
                    NullableString(r, 6), NullableString(r, 7), SplitKeys(r.GetString(8)));
            }
        }
    }

    public long LastSequence()
    {
        var command = Command("SELECT coalesce(max(seq), 0) FROM articles");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<KnownArticle> ArticlesAfter(long sequence)
    {
        var command = Command("SELECT a.seq, a.id, a.title, b.text, a.published, a.revision, a.duplicate_of, a.story_id, a.entity_keys FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq > $s ORDER BY a.seq");
        command.Parameters["$s"].Value = sequence;
        var list = new List<KnownArticle>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            list.Add(new KnownArticle(
                r.GetInt64(0), r.GetString(1), NullableString(r, 2), r.GetString(3), NullableString(r, 4), r.GetInt32(5),
                NullableString(r, 6), NullableString(r, 7), SplitKeys(r.GetString(8))));
        }

        return list;
    }

    public bool IsSourceKnown(string sourceUri, string sourceSha256)
    {
        var command = Command("SELECT 1 FROM sources WHERE uri = $u AND sha256 = $h");
        command.Parameters["$u"].Value = sourceUri;
        command.Parameters["$h"].Value = sourceSha256;
        return command.ExecuteScalar() is not null;
    }

    public UrlRevision? LatestAt(string canonicalUrl)
    {
        var command = Command("SELECT id, revision, content_hash, story_id FROM articles WHERE url = $u ORDER BY revision DESC LIMIT 1");
        command.Parameters["$u"].Value = canonicalUrl;
        using var r = command.ExecuteReader();
        return r.Read() ? new UrlRevision(r.GetString(0), r.GetInt32(1), r.GetString(2), NullableString(r, 3)) : null;
    }

    public bool IdExists(string articleId)
    {
        var command = Command("SELECT 1 FROM articles WHERE id = $id");
        command.Parameters["$id"].Value = articleId;
        return command.ExecuteScalar() is not null;
    }

    public string? StoryOf(string articleId)
    {
        var command = Command("SELECT story_id FROM articles WHERE id = $id");
        command.Parameters["$id"].Value = articleId;
        return command.ExecuteScalar() as string;
    }

    public void MoveStories(IReadOnlyList<Clustering.StoryMove> moves)
    {
        try
        {
            touchedStories.UnionWith(SqliteStoryMoves.Apply(this, moves));
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, path);
        }
    }

    public long Insert(NewArticle article)
    {
        try
        {
            return InsertArticle(article);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, path);
        }
    }

    public void RememberSource(string sourceUri, string sourceSha256, string? articleId)
    {
        var command = Command("INSERT OR IGNORE INTO sources(uri, sha256, article_id) VALUES ($u, $h, $a)");
        command.Parameters["$u"].Value = sourceUri;
        command.Parameters["$h"].Value = sourceSha256;
        command.Parameters["$a"].Value = (object?)articleId ?? DBNull.Value;
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, path);
        }
    }

    public void Commit()
    {
        try
        {
            // the knowledge rows before the full-text rows: FTS5 writes its pending terms at the
            // statement savepoints of statements that come after it in the transaction
            knowledge.Write(this);
            var start = IngestPhaseTimes.Start(timings);
            UpdateFullText();
            timings?.Stop(IngestPhase.FullText, start);
            start = IngestPhaseTimes.Start(timings);
            foreach (string story in touchedStories)
            {
                RefreshStory(story);
            }

            transaction.Commit();
            done = true;
            deferredDuplicates?.Commit();
            knownRows.Add(writtenKeys, writtenNames);
            timings?.Stop(IngestPhase.Commit, start);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, path);
        }
    }

    public void Dispose()
    {
        if (ownStatements || !done)
        {
            statements.Clear();
        }

        if (!done)
        {
            deferredDuplicates?.Rollback();
            try
            {
                transaction.Rollback();
            }
            catch (SqliteException)
            {
                // the connection already rolled back (e.g. disk full); nothing of the batch remains
            }
        }

        transaction.Dispose();
        onClose();
    }

    /// <summary>
    /// The full-text index's changes of the whole batch, in two statements at commit. FTS5 keeps the
    /// terms it is given in memory (up to 'hashsize', 32 MB, migration 2) and writes them as one
    /// segment — but with one insert per article, interleaved with the article's other statements,
    /// the statement after each insert paid ~0.35 ms CPU of FTS5 segment writing and merging
    /// (perf: fts5IndexMergeLevel, fts5MultiIter*; moving the insert moved the cost with it; FTS5
    /// flushes its pending terms at savepoints, which other statements open). Old
    /// revisions leave the index first ('delete' with the values they were indexed with, still in
    /// article_bodies); a revision superseded within the batch was never indexed.
    /// </summary>
    private void UpdateFullText()
    {
        if (toUnindex.Count > 0)
        {
            var unindex = Command("""
                INSERT INTO articles_fts(articles_fts, rowid, title, text)
                SELECT 'delete', b.seq, b.title, b.text FROM json_each($seqs) j CROSS JOIN article_bodies b ON b.seq = j.value
                """);
            Set(unindex, "$seqs", "[" + string.Join(',', toUnindex) + "]");
            unindex.ExecuteNonQuery();
            toUnindex.Clear();
        }

        if (toIndex.Count > 0)
        {
            // indexed from the rows just written (in the page cache): the text is not bound again
            var index = Command("""
                INSERT INTO articles_fts(rowid, title, text)
                SELECT b.seq, b.title, b.text FROM json_each($seqs) j CROSS JOIN article_bodies b ON b.seq = j.value
                """);
            Set(index, "$seqs", "[" + string.Join(',', toIndex) + "]");
            index.ExecuteNonQuery();
            toIndex.Clear();
        }
    }

    private long InsertArticle(NewArticle a)
    {
        var start = IngestPhaseTimes.Start(timings);
        var info = a.Report.Article;
        string? published = info.Published;
        string? publishedDate = PublishedDate(published);
        string? host = Uri.TryCreate(a.CanonicalUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? HostKey(uri.Host) : null;

        var insert = Command("""
            INSERT INTO articles(id, url, host, revision, is_latest, content_hash, source_uri, site, site_key, title, published, published_date,
                                 language, duplicate_of, story_id, entity_keys, ingested_at)
            VALUES ($id, $url, $host, $rev, 1, $hash, $src, $site, $sitekey, $title, $pub, $pubdate, $lang, $dup, $story, $keys, $at)
            """);
        Set(insert, "$id", a.Id);
        Set(insert, "$url", a.CanonicalUrl);
        Set(insert, "$host", host);
        Set(insert, "$rev", a.Revision);
        Set(insert, "$hash", a.ContentHash);
        Set(insert, "$src", a.SourceUri);
        Set(insert, "$site", info.Site);
        Set(insert, "$sitekey", info.Site is { } s ? NameKey(s) : null);
        Set(insert, "$title", info.Title);
        Set(insert, "$pub", published);
        Set(insert, "$pubdate", publishedDate);
        Set(insert, "$lang", info.Language);
        Set(insert, "$dup", a.DuplicateOf);
        Set(insert, "$story", a.StoryId);
        Set(insert, "$keys", ClustererHolds(a) ? string.Join('\n', a.EntityKeys) : "");
        Set(insert, "$at", ingestedAt);
        // the row's number from the connection: RETURNING would step the insert through a
        // temporary table and a reader for one integer
        insert.ExecuteNonQuery();
        long seq = SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);

        // the text is stored once, in the text column (and indexed from there); the report column
        // holds the rest of the report, which ICorpusStore.Report puts back together
        var body = Command("INSERT INTO article_bodies(seq, title, text, report) VALUES ($seq, $title, $text, $report)");
        Set(body, "$seq", seq);
        Set(body, "$title", info.Title);
        Set(body, "$text", info.Text);
        Set(body, "$report", a.StoredReport ?? NewArticle.SerialiseWithoutText(a.Report));
        body.ExecuteNonQuery();
        timings?.Stop(IngestPhase.ArticleRows, start);
        start = IngestPhaseTimes.Start(timings);

        if (a.Revision > 1)
        {
            // superseded revisions leave the full-text index, so a text search never needs to
            // look at is_latest (external-content FTS5 deletes by the old values)
            var superseded = Command("SELECT seq FROM articles WHERE url = $url AND revision < $rev AND is_latest = 1");
            Set(superseded, "$url", a.CanonicalUrl);
            Set(superseded, "$rev", a.Revision);
            var old = new List<long>();
            using (var r = superseded.ExecuteReader())
            {
                while (r.Read())
                {
                    old.Add(r.GetInt64(0));
                }
            }

            foreach (long oldSeq in old)
            {
                // a revision of this batch is not in the index yet: it is simply not indexed
                if (!toIndex.Remove(oldSeq))
                {
                    toUnindex.Add(oldSeq);
                }
            }

            var older = Command("UPDATE articles SET is_latest = 0 WHERE url = $url AND revision < $rev AND is_latest = 1");
            Set(older, "$url", a.CanonicalUrl);
            Set(older, "$rev", a.Revision);
            older.ExecuteNonQuery();
        }

        toIndex.Add(seq);
        timings?.Stop(IngestPhase.FullText, start);
        start = IngestPhaseTimes.Start(timings);

        RememberSource(a.SourceUri, a.SourceSha256, a.Id);

        if (a.DuplicateOf is not null)
        {
            var group = Command("INSERT OR IGNORE INTO duplicate_groups(member_seq, canonical_seq) SELECT $seq, seq FROM articles WHERE id = $canon");
            Set(group, "$seq", seq);
            Set(group, "$canon", a.DuplicateOf);
            group.ExecuteNonQuery();
        }

        if (a.StoryId is not null)
        {
            var member = Command("INSERT OR IGNORE INTO story_members(story_id, article_seq) VALUES ($story, $seq)");
            Set(member, "$story", a.StoryId);
            Set(member, "$seq", seq);
            member.ExecuteNonQuery();
            touchedStories.Add(a.StoryId);
        }

        timings?.Stop(IngestPhase.Links, start);
        RecordDuplicate(seq, a);
        knowledge.Add(this, seq, a.Knowledge ?? KnowledgeRows.Build(a.Report));
        return seq;
    }

    /// <summary>Whether the story clusterer will hold this article and so restore it from its row
    /// (<see cref="ClusteredArticlesAfter"/>): a first revision that is not a copy and has a story.
    /// Only those rows need the entity keys; the others store none (in a corpus without stories
    /// the keys were ~1.5 KB of a ~2.3 KB article row, written and never read).</summary>
    private static bool ClustererHolds(NewArticle a) => a.StoryId is not null && a.DuplicateOf is null && a.Revision == 1;

    /// <summary>Every article with text joins the stored duplicate index in the transaction that
    /// stores it, whoever inserts it and whether or not its run folds duplicates: later runs compare
    /// with the whole corpus (as the in-memory index fed every stored text did).</summary>
    private void RecordDuplicate(long seq, NewArticle a)
    {
        if (string.IsNullOrWhiteSpace(a.Report.Article.Text))
        {
            return;
        }

        var start = IngestPhaseTimes.Start(timings);
        var fingerprint = a.Fingerprint ?? fingerprinter.Fingerprint(a.Report.Article.Text);
        Duplicates.Record(seq, fingerprint, a.DuplicateMatch ?? Duplicates.Match(fingerprint));
        timings?.Stop(IngestPhase.Dedup, start);
    }

    private void RefreshStory(string storyId)
    {
        // Independent sources: distinct sites among members that are not copies (a wire story
        // republished by ten sites is one source); a member without site or host counts alone.
        var command = Command("""
            INSERT INTO stories(id, title, first_published, last_published, articles, independent_sources)
            SELECT $story,
                   (SELECT a2.title FROM story_members m2 JOIN articles a2 ON a2.seq = m2.article_seq
                     WHERE m2.story_id = $story AND a2.is_latest = 1 AND a2.title IS NOT NULL ORDER BY a2.seq LIMIT 1),
                   min(a.published_date), max(a.published_date), count(*),
                   count(DISTINCT CASE WHEN a.duplicate_of IS NULL THEN coalesce(a.site_key, a.host, a.id) END)
              FROM story_members m JOIN articles a ON a.seq = m.article_seq
             WHERE m.story_id = $story AND a.is_latest = 1
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,
                last_published = excluded.last_published, articles = excluded.articles, independent_sources = excluded.independent_sources
            """);
        Set(command, "$story", storyId);
        command.ExecuteNonQuery();
    }

    /// <summary>True when every key has an entities row (committed or written in this transaction).</summary>
    internal bool KnowsEntities(IReadOnlyList<string> keys)
    {
        foreach (string key in keys)
        {
            if (!knownRows.HasKey(key) && !writtenKeys.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    internal void WroteEntities(IReadOnlyList<string> keys) => writtenKeys.UnionWith(keys);

    /// <summary>True when every (folded name, key) pair has its entity_names row.</summary>
    internal bool KnowsNames(IReadOnlyList<(string NameKey, string Key)> names)
    {
        foreach (var name in names)
        {
            if (!knownRows.HasName(name) && !writtenNames.Contains(name))
            {
                return false;
            }
        }

        return true;
    }

    internal void WroteNames(IReadOnlyList<(string NameKey, string Key)> names) => writtenNames.UnionWith(names);

    /// <summary>Per-phase times of this transaction's steps, when a bench attached them.</summary>
    internal IngestPhaseTimes? Timings => timings;

    internal SqliteCommand Command(string sql) => statements.Get(connection, transaction, sql, ParameterNames);

    internal static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    /// <summary>Case- and space-folded form of a name, the key of every name lookup.</summary>
    internal static string NameKey(string name) =>
        string.Join(' ', name.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string HostKey(string host) =>
        host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..].ToLowerInvariant() : host.ToLowerInvariant();

    /// <summary>yyyy-MM-dd of an ISO date or date-time, or null when it does not start with one.</summary>
    internal static string? PublishedDate(string? published) =>
        published is { Length: >= 10 } p && DateOnly.TryParseExact(p.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? p[..10] : null;

    internal static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    internal static IReadOnlyList<string> SplitKeys(string joined) =>
        joined.Length == 0 ? [] : joined.Split('\n');

    private static IEnumerable<string> ParameterNames(string sql)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < sql.Length; i++)
        {
            if (sql[i] != '$')
            {
                continue;
            }

            int end = i + 1;
            while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
            {
                end++;
            }

            string name = sql[i..end];
            if (name.Length > 1 && seen.Add(name))
            {
                yield return name;
            }

            i = end - 1;
        }
    }
}
