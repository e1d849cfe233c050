using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Full-text search with BM25 ranking (FTS5) plus filters and facets. The best-ranked matches (at
/// most <see cref="SearchLimits.FacetWindow"/>, ranked among the newest <see cref="SearchLimits.RankWindow"/>) go into a
/// temporary in-memory table; the page and each facet are read from it, and the total is counted
/// without scoring. Every step is bounded whatever the corpus size, except the exact count of an
/// unfiltered text match, which only walks the index's doclists.
/// </summary>
internal static class SqliteSearch
{
    // CROSS JOIN fixes the join order in SQLite: the matches (a few) drive the lookups into the
    // big tables. Left to itself the planner, which has no statistics for the temporary table,
    // scanned all of articles / article_entities / events once per search (10x slower at 10k).

    /// <summary>BM25 weight of a title match relative to a body match: a query word in the headline
    /// says more about what the article is about than one in its twentieth paragraph.</summary>
    private const double TitleWeight = 4.0;

    /// <summary>Values listed per facet: enough to narrow a search, few enough to read.</summary>
    private const int FacetValues = 10;

    /// <summary>Characters of a hit's text read for its snippet: a whole news article mostly (~5,000
    /// characters on average); past it (a hostile or book-length text) the index finds the words.</summary>
    private const int SnippetScanChars = 12_000;

    /// <summary>Characters of the text shown as a snippet when there are no query words.</summary>
    private const int LeadChars = 200;

    /// <summary>Rows of the rarest filter up to which a search without words is driven from that
    /// filter's article numbers (a seek into each article row, ~3–10 µs at 1M articles when the row is
    /// not cached) rather than by walking the published-date index (~0.2 µs an entry, ~cap / share of
    /// the corpus entries).</summary>
    private const int ListDriverRows = 5_000;

    /// <summary>Rows of the rarest filter up to which a search without words is driven from its list
    /// when each entry's date is a seek into <see cref="DeferredIndexes.SeqDateIndex"/> (~0.5 µs, the
    /// index cached) rather than into the article row: the walk of the published-date index it
    /// replaces costs ~0.2 µs an entry for ~cap / share-of-the-corpus entries (a value on 1% of a
    /// million articles: ~50,000 entries for a page of 500).</summary>
    private const int IndexedListDriverRows = 20_000;

    private static readonly string Bm25 = $"bm25(articles_fts, {TitleWeight.ToString(CultureInfo.InvariantCulture)}, 1.0)";

    /// <param name="sets">The store's in-memory sets of common filter values (<see cref="SeqSets"/>,
    /// registered on <paramref name="connection"/>); without them common values are probed.</param>
    public static SearchResults Run(SqliteConnection connection, SearchQuery query, SearchLimits? limits = null, SearchPhaseTimes? phases = null, SeqSets? sets = null)
    {
        phases?.Start();
        sets?.Begin(connection);
        var (rankWindow, facetWindow, filteredCountCap, commonValueRows) = limits ?? SearchLimits.Default;
        string? match = FtsQuery.Build(query.Text);
        int cap = Math.Max(facetWindow, Math.Max(0, query.Offset) + Math.Max(0, query.Limit));
        Execute(connection, "CREATE TEMP TABLE IF NOT EXISTS hits(seq INTEGER PRIMARY KEY, score REAL NOT NULL); DELETE FROM temp.hits;");
        phases?.Mark("temp table");
        long total;
        bool lowerBound = false;
        if (match is null)
        {
            (total, lowerBound) = Newest(connection, query, cap, filteredCountCap, commonValueRows, phases, sets);
        }
        else
        {
            bool filtered = !(query with { Text = null }).IsEmpty;
            (total, lowerBound) = RankNewest(connection, query, match, rankWindow, cap, filtered ? filteredCountCap : long.MaxValue, commonValueRows, phases, sets);
        }

        var hits = Page(connection, query, match, phases);
        var facets = query.Facets && total > 0
            ? new SearchFacets(
                Facet(connection, $"SELECT coalesce(a.site, a.host) v, count(*) c FROM temp.hits h CROSS JOIN {SiteSource(connection)} ON a.seq = h.seq WHERE v IS NOT NULL GROUP BY v ORDER BY c DESC, v LIMIT $n", phases, "facet sites"),
                EntityFacet(connection, phases),
                Facet(connection, "SELECT ev.type, count(DISTINCT ev.article_seq) c FROM temp.hits h CROSS JOIN events ev ON ev.article_seq = h.seq GROUP BY ev.type ORDER BY c DESC, ev.type LIMIT $n", phases, "facet event types"))
            : SearchFacets.None;
        return new SearchResults(total, hits, facets) { TotalIsLowerBound = lowerBound };
    }

    /// <summary>
    /// A search without words: the newest <paramref name="cap"/> matches by published date into
    /// temp.hits, and the total up to <paramref name="countCap"/>. The page is driven from the rarest
    /// filter's article numbers when it has few (a seek into each article row), else by walking the
    /// published-date index newest first, checking each entry on its article number alone (lists and
    /// index probes), so the walk stops after the page without reading rows it rejects. The total is
    /// counted from the rarest filter's own index (distinct article numbers, index-only), never by
    /// walking the whole corpus for a rare value.
    /// </summary>
    private static (long Total, bool LowerBound) Newest(SqliteConnection connection, SearchQuery query, int cap, int countCap, int commonValueRows, SearchPhaseTimes? phases, SeqSets? sets)
    {
        using var fill = connection.CreateCommand();
        var filters = SeqFilters.Build(query, fill, commonValueRows, sets);
        // superseded revisions from their partial index (migration 4): a probe into a small list; a
        // database opened read-only before that migration checks the article row instead
        string latest = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_articles_superseded'") > 0
            ? $"{SeqFilters.SeqToken} NOT IN (SELECT seq FROM articles INDEXED BY ix_articles_superseded WHERE is_latest = 0)"
            : $"EXISTS (SELECT 1 FROM articles s WHERE s.seq = {SeqFilters.SeqToken} AND s.is_latest = 1)";
        phases?.Mark("filters");

        // the page: the date range as a range of the published-date index the walk runs along
        var page = new List<string>();
        if (query.From is not null)
        {
            page.Add("a.published_date >= $from");
        }

        if (query.To is not null)
        {
            page.Add("a.published_date <= $to");
        }

        bool dates = query.From is not null || query.To is not null;
        var rest = filters.Where(f => !(dates && f.IsDateRange)).ToList();
        long dateRows = filters.FirstOrDefault(f => f.IsDateRange)?.Rows ?? long.MaxValue;
        string table = "articles a";
        if (rest.Count > 0 && rest[0].Rows < dateRows && rest[0].Rows <= IndexedListDriverRows
            && SeqFilters.HasIndex(connection, DeferredIndexes.SeqDateIndex))
        {
            // the list drives, each entry's date read from the narrow index by its number (the page
            // needs nothing else of the row): ~0.5 µs an entry where the article row cost ~3-10 µs
            table = $"articles a INDEXED BY {DeferredIndexes.SeqDateIndex}";
            page.Add($"a.seq IN ({rest[0].List})");
            rest.RemoveAt(0);
        }
        else if (rest.Count > 0 && rest[0].Rows <= ListDriverRows)
        {
            // few rows: let SQLite drive from the list (no unary plus) and sort what it finds
            page.Add($"a.seq IN ({rest[0].List})");
            rest.RemoveAt(0);
        }

        page.AddRange(rest.Select(f => f.On("a.seq")));
        page.Add(latest.Replace(SeqFilters.SeqToken, "a.seq", StringComparison.Ordinal));
        fill.Parameters.AddWithValue("$cap", cap);
        fill.CommandText = $"INSERT INTO temp.hits(seq, score) SELECT a.seq, 0 FROM {table} WHERE {string.Join(" AND ", page)} ORDER BY a.published_date DESC, a.seq DESC LIMIT $cap";
        fill.ExecuteNonQuery();
        long total = Scalar(connection, "SELECT count(*) FROM temp.hits");
        phases?.Mark("newest");
        if (total < cap)
        {
            return (total, false);
        }

        string count;
        if (filters.Count > 0)
        {
            var driver = filters[0];
            var checks = filters.Skip(1).Select(f => f.On("l.seq")).Append(latest.Replace(SeqFilters.SeqToken, "l.seq", StringComparison.Ordinal));
            count = $"SELECT DISTINCT l.seq FROM ({driver.List}) l WHERE {string.Join(" AND ", checks)}";
        }
        else
        {
            count = $"SELECT a.seq FROM articles a WHERE {string.Join(" AND ", page)}";
        }

        var result = Count(connection, count, fill, countCap);
        phases?.Mark("count");
        return result;
    }

    /// <summary>
    /// Ranks the newest <paramref name="rankWindow"/> matches (after filters) by BM25 and keeps the
    /// best <paramref name="cap"/> in temp.hits; returns the total. One walk of the word's doclists,
    /// newest first: the window's matches are scored as they come (BM25 only for them), the older rest
    /// only counted (a range below the window's oldest match, so nothing is walked twice). Filters
    /// are checked on the article number alone (<see cref="SeqFilters"/>), never on the article row.
    /// </summary>
    private static (long Total, bool LowerBound) RankNewest(SqliteConnection connection, SearchQuery query, string match, int rankWindow, int cap, long countCap, int commonValueRows, SearchPhaseTimes? phases, SeqSets? sets)
    {
        using var rank = connection.CreateCommand();
        rank.Parameters.AddWithValue("$match", match);
        string where = SeqFilters.Where(query, rank, "articles_fts.rowid", commonValueRows, sets);
        phases?.Mark("filters");
        string from = where.Length == 0
            ? "articles_fts WHERE articles_fts MATCH $match"
            : $"articles_fts WHERE articles_fts MATCH $match AND {where}";
        if (where.Length == 0)
        {
            // words only: no probe per match, so counting all of them is a cheap doclist walk; the
            // window is ranked and cut inside SQLite (carrying 5,000 rows into C# cost more, measured)
            rank.Parameters.AddWithValue("$cap", cap);
            rank.CommandText = $"INSERT INTO temp.hits(seq, score) SELECT seq, score FROM (SELECT articles_fts.rowid seq, {Bm25} score FROM {from} ORDER BY articles_fts.rowid DESC LIMIT {rankWindow}) ORDER BY score, seq LIMIT $cap";
            rank.ExecuteNonQuery();
            phases?.Mark("rank");
            var all = Count(connection, $"SELECT 1 FROM {from}", rank, countCap);
            phases?.Mark("count");
            return all;
        }

        rank.CommandText = $"SELECT articles_fts.rowid, {Bm25} FROM {from} ORDER BY articles_fts.rowid DESC LIMIT {rankWindow}";
        var window = new List<(long Seq, double Score)>(Math.Min(rankWindow, 1024));
        using (var r = rank.ExecuteReader())
        {
            while (r.Read())
            {
                window.Add((r.GetInt64(0), r.GetDouble(1)));
            }
        }

        phases?.Mark("rank");
        long total = window.Count;
        bool lowerBound = false;
        if (total > countCap)
        {
            (total, lowerBound) = (countCap, true);
        }
        else if (window.Count == rankWindow)
        {
            // more matches than were ranked: count the older ones, without scoring
            rank.Parameters.AddWithValue("$floor", window[^1].Seq);
            var (rest, more) = Count(connection, $"SELECT 1 FROM {from} AND articles_fts.rowid < $floor", rank, countCap == long.MaxValue ? long.MaxValue : countCap - total);
            (total, lowerBound) = (total + rest, more);
            phases?.Mark("count");
        }

        // BM25 is lower for better matches; equal scores by article number, as the page orders them
        window.Sort((x, y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.Seq.CompareTo(y.Seq));
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO temp.hits(seq, score) VALUES ($seq, $score)";
        var seqParameter = insert.Parameters.Add("$seq", SqliteType.Integer);
        var scoreParameter = insert.Parameters.Add("$score", SqliteType.Real);
        foreach (var (seq, score) in window.Take(cap))
        {
            seqParameter.Value = seq;
            scoreParameter.Value = score;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        phases?.Mark("hits");
        return (total, lowerBound);
    }

    /// <summary>Counts the rows of <paramref name="select"/>, stopping after <paramref name="cap"/>.</summary>
    private static (long Total, bool LowerBound) Count(SqliteConnection connection, string select, SqliteCommand parameters, long cap)
    {
        using var command = connection.CreateCommand();
        command.CommandText = cap == long.MaxValue ? $"SELECT count(*) FROM ({select})" : $"SELECT count(*) FROM ({select} LIMIT {cap + 1})";
        CopyParameters(parameters, command);
        long n = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return n > cap ? (cap, true) : (n, false);
    }

    private static void CopyParameters(SqliteCommand from, SqliteCommand to)
    {
        foreach (SqliteParameter p in from.Parameters)
        {
            if (to.CommandText.Contains(p.ParameterName, StringComparison.Ordinal))
            {
                to.Parameters.AddWithValue(p.ParameterName, p.Value);
            }
        }
    }

    private static List<SearchHit> Page(SqliteConnection connection, SearchQuery query, string? match, SearchPhaseTimes? phases)
    {
        var rows = new List<(long Seq, SearchHit Hit, string Text, bool Truncated)>();
        using (var page = connection.CreateCommand())
        {
            // the page is picked in a subquery first: the sorter would otherwise carry every column,
            // text included, of all the window's hits (up to 500) to return 20
            string pick = match is null
                ? "SELECT h.seq, h.score, a.published_date d FROM temp.hits h CROSS JOIN articles a ON a.seq = h.seq ORDER BY d DESC, h.seq DESC LIMIT $limit OFFSET $offset"
                : "SELECT seq, score, NULL d FROM temp.hits ORDER BY score, seq LIMIT $limit OFFSET $offset";
            string order = match is null ? "p.d DESC, p.seq DESC" : "p.score, p.seq";
            page.CommandText = $"""
                SELECT p.seq, a.id, a.title, a.site, a.published, a.url, a.story_id, p.score,
                       coalesce(substr(b.text, 1, $chars), ''), coalesce(length(b.text) > $chars, 0)
                  FROM ({pick}) p CROSS JOIN articles a ON a.seq = p.seq LEFT JOIN article_bodies b ON b.seq = p.seq
                 ORDER BY {order}
                """;
            page.Parameters.AddWithValue("$chars", match is null ? LeadChars : SnippetScanChars);
            page.Parameters.AddWithValue("$limit", Math.Max(0, query.Limit));
            page.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
            using var r = page.ExecuteReader();
            while (r.Read())
            {
                // bm25() is lower for better matches; report higher-is-better
                rows.Add((r.GetInt64(0), new SearchHit(
                    r.GetString(1), SqliteCorpusWriter.NullableString(r, 2), SqliteCorpusWriter.NullableString(r, 3),
                    SqliteCorpusWriter.NullableString(r, 4), SqliteCorpusWriter.NullableString(r, 5), SqliteCorpusWriter.NullableString(r, 6),
                    -r.GetDouble(7), ""), r.GetString(8), r.GetBoolean(9)));
            }
        }

        phases?.Mark("page");
        if (match is null)
        {
            return [.. rows.Select(r => r.Hit with { Snippet = r.Text })];
        }

        var snippets = SearchSnippet.ForMatch(match);
        var hits = new List<SearchHit>(rows.Count);
        SqliteCommand? fts = null;
        try
        {
            foreach (var (seq, hit, text, truncated) in rows)
            {
                string? snippet = snippets.Make(text, truncated);
                if (snippet is null && truncated)
                {
                    // no query word in the part read (a title-only match, or a very long text): the index knows where they are
                    fts ??= SnippetCommand(connection, match);
                    fts.Parameters["$seq"].Value = seq;
                    snippet = fts.ExecuteScalar() as string;
                }

                hits.Add(hit with { Snippet = snippet ?? SearchSnippet.Lead(text, truncated) });
            }
        }
        finally
        {
            fts?.Dispose();
        }

        phases?.Mark("snippets");
        return hits;
    }

    private static SqliteCommand SnippetCommand(SqliteConnection connection, string match)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT snippet(articles_fts, 1, '[', ']', '…', {SearchSnippet.WindowTokens}) FROM articles_fts WHERE articles_fts MATCH $match AND rowid = $seq";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.Add("$seq", SqliteType.Integer);
        return command;
    }

    /// <summary>Where the site facet reads each hit's site and host: the narrow index by article
    /// number (<see cref="DeferredIndexes.SeqSiteIndex"/>, cached) when the corpus has it, else the
    /// article row (a corpus opened read-only before the index was built). SQLite would take the
    /// row by its integer key on its own: the index has to be named.</summary>
    private static string SiteSource(SqliteConnection connection) =>
        SeqFilters.HasIndex(connection, DeferredIndexes.SeqSiteIndex) ? $"articles a INDEXED BY {DeferredIndexes.SeqSiteIndex}" : "articles a";

    /// <summary>The entities most of the window's hits mention. Counted per entity number first and
    /// named after: joining the names onto every (hit, entity) row cost more than the counting.
    /// The count of distinct hits per entity is kept here, not by SQL's <c>count(DISTINCT …)</c>
    /// (a sorter per group, ~2× the CPU of reading the ~8 rows a hit): the rows of one hit come
    /// together (the hits drive the join in article order), so an entity is counted once per hit
    /// by remembering the last hit it was counted for.</summary>
    private static List<FacetCount> EntityFacet(SqliteConnection connection, SearchPhaseTimes? phases)
    {
        var perEntity = new Dictionary<long, (long Count, long LastSeq)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT ae.article_seq, ae.entity_no FROM temp.hits h CROSS JOIN article_entities ae ON ae.article_seq = h.seq ORDER BY h.seq";
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                long seq = r.GetInt64(0);
                long entityNo = r.GetInt64(1);
                var seen = perEntity.GetValueOrDefault(entityNo, (0, long.MinValue));
                if (seen.LastSeq != seq)
                {
                    perEntity[entityNo] = (seen.Count + 1, seq);
                }
            }
        }

        var counts = perEntity.Select(e => (EntityNo: e.Key, e.Value.Count)).ToList();
        if (counts.Count == 0)
        {
            phases?.Mark("facet entities");
            return [];
        }

        // every entity tied with the last one shown is a candidate: names break the ties
        counts.Sort((x, y) => y.Count.CompareTo(x.Count));
        long least = counts[Math.Min(FacetValues, counts.Count) - 1].Count;
        var candidates = counts.TakeWhile(c => c.Count >= least).ToList();
        var names = new Dictionary<long, string>(candidates.Count);
        using (var command = connection.CreateCommand())
        {
            // entity numbers are integers read from the database: safe to inline
            command.CommandText = $"SELECT entity_no, name FROM entities WHERE entity_no IN ({string.Join(',', candidates.Select(c => c.EntityNo.ToString(CultureInfo.InvariantCulture)))})";
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                names[r.GetInt64(0)] = r.GetString(1);
            }
        }

        var list = candidates.Where(c => names.ContainsKey(c.EntityNo))
            .Select(c => new FacetCount(names[c.EntityNo], c.Count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .Take(FacetValues).ToList();
        phases?.Mark("facet entities");
        return list;
    }

    private static List<FacetCount> Facet(SqliteConnection connection, string sql, SearchPhaseTimes? phases, string phase)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$n", FacetValues);
        var list = new List<FacetCount>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            list.Add(new FacetCount(r.GetString(0), r.GetInt64(1)));
        }

        phases?.Mark(phase);
        return list;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
