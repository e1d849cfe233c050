using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// A query's filters as conditions on an article number alone (<c>articles_fts.rowid</c> in a text
/// search), so that checking a full-text match never reads its article row. At a million articles
/// that row is a random seek into a table far larger than the page cache (~3–10 µs a match, and a
/// common word has 100,000 matches); a probe into a list of article numbers built once from an
/// index costs ~0.15 µs. Each filter is written from the smaller side, as in
/// <see cref="SearchFilters"/>: its rows are counted up to a bound; fewer become an IN-list, more a
/// correlated probe. The conditions come out rarest first, so SQLite (which checks AND terms in
/// order) rejects most matches with the cheapest, most selective test.
/// </summary>
/// <remarks>Only for text searches: the full-text index holds latest revisions only, so there is no
/// <c>is_latest</c> condition to check here.</remarks>
internal static class SeqFilters
{
    /// <summary>Rows up to which a site or date-range filter becomes a list of article numbers. Its
    /// other side is a seek into the article row per match (~1–3 µs warm, far more cold); building the
    /// list costs ~0.3 µs a row, read index-only. A 30-day range at 1M articles is ~70,000 rows.</summary>
    internal const int ArticleListRows = 150_000;

    /// <summary>Rows up to which a date range becomes a list when the date can be read by article
    /// number (<see cref="DeferredIndexes.SeqDateIndex"/>): a seek into that cached index costs
    /// ~0.25 µs a match (41,561 matches of a word checked in 8–12 ms CPU at 1M articles, sqlite3
    /// 3.40), while a list costs ~0.4 µs a row to build (a 30-day range, 62,535 rows: 28 ms) and the
    /// row probe it replaced ~3 µs (140 ms). Only a range of a few days, smaller than the matches it
    /// is checked against, is still worth listing.</summary>
    internal const int DateListRows = 10_000;

    /// <summary>One filter: its rows (counted up to a bound; <see cref="long.MaxValue"/> past it),
    /// the article numbers it holds as a statement selecting <c>seq</c>, and the condition chosen.</summary>
    public sealed record Filter(long Rows, string List, string Condition, bool IsDateRange = false)
    {
        /// <summary>The in-memory set the condition tests (<see cref="SeqSets"/>), if any.</summary>
        public SeqSets.Set? Set { get; init; }

        /// <summary>The condition on the article number <paramref name="seq"/>.</summary>
        public string On(string seq) => Condition.Replace(SeqToken, seq, StringComparison.Ordinal);
    }

    /// <summary>Stands for the article-number expression in a <see cref="Filter.Condition"/>.</summary>
    public const string SeqToken = "\u00a7seq";

    public static string Where(SearchQuery query, SqliteCommand command, string seq, int commonValueRows = SearchFilters.CommonValueRows, SeqSets? sets = null) =>
        string.Join(" AND ", Build(query, command, commonValueRows, sets).Select(f => f.On(seq)));

    /// <summary>The query's filters, rarest first, on <see cref="SeqToken"/>. With
    /// <paramref name="sets"/>, a common knowledge value (one that would be probed per candidate) is
    /// checked against its in-memory set once it is held.</summary>
    public static List<Filter> Build(SearchQuery query, SqliteCommand command, int commonValueRows = SearchFilters.CommonValueRows, SeqSets? sets = null)
    {
        const string seq = SeqToken;
        var conditions = new List<Filter>();
        if (query.Site is { } site)
        {
            command.Parameters.AddWithValue("$site", SqliteCorpusWriter.NameKey(site));
            command.Parameters.AddWithValue("$sitehost", SqliteCorpusWriter.HostKey(site.Trim()));
            conditions.Add(Side(command, seq, ArticleListRows,
                "SELECT seq FROM articles WHERE site_key = $site UNION SELECT seq FROM articles WHERE host = $sitehost",
                $"EXISTS (SELECT 1 FROM articles s WHERE s.seq = {seq} AND (s.site_key = $site OR s.host = $sitehost))"));
        }

        if (query.From is not null || query.To is not null)
        {
            var range = new List<string>();
            if (query.From is { } from)
            {
                range.Add("published_date >= $from");
                command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (query.To is { } to)
            {
                range.Add("published_date <= $to");
                command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            string within = string.Join(" AND ", range);
            string onDate = "d." + within.Replace(" AND ", " AND d.", StringComparison.Ordinal);
            bool byNumber = HasIndex(command.Connection, DeferredIndexes.SeqDateIndex);
            conditions.Add(Side(command, seq, byNumber ? DateListRows : ArticleListRows,
                $"SELECT seq FROM articles WHERE {within}",
                byNumber
                    ? $"EXISTS (SELECT 1 FROM articles d INDEXED BY {DeferredIndexes.SeqDateIndex} WHERE d.seq = {seq} AND {onDate})"
                    : $"EXISTS (SELECT 1 FROM articles d WHERE d.seq = {seq} AND {onDate})") with { IsDateRange = true });
        }

        if (query.Entity is { } entity)
        {
            // the name's entity numbers first (a handful): probing article_entities by (entity_no,
            // article_seq) is one index seek, where a join from the name per match cost ~14 µs
            string numbers = EntityNumbers(command.Connection, SqliteCorpusWriter.NameKey(entity));
            conditions.Add(Common(command, sets, "entity " + numbers, commonValueRows,
                $"SELECT article_seq AS seq FROM article_entities WHERE entity_no IN ({numbers})",
                $"EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_no IN ({numbers}) AND ae.article_seq = {seq})"));
        }

        if (query.EventType is { } eventType)
        {
            command.Parameters.AddWithValue("$etype", eventType.Trim());
            conditions.Add(Common(command, sets, "event type " + eventType.Trim(), commonValueRows, "SELECT article_seq AS seq FROM events WHERE type = $etype",
                $"EXISTS (SELECT 1 FROM events ev WHERE ev.type = $etype AND ev.article_seq = {seq})"));
        }

        if (query.Speaker is { } speaker)
        {
            command.Parameters.AddWithValue("$speaker", SqliteCorpusWriter.NameKey(speaker));
            conditions.Add(Side(command, seq, int.MaxValue,
                """
                SELECT article_seq AS seq FROM quotes WHERE speaker_key = $speaker
                UNION SELECT q.article_seq FROM entity_names n JOIN quotes q ON q.speaker_entity = n.entity_no WHERE n.name_key = $speaker
                """, ""));
        }

        if (query.ClaimStatus is { } status)
        {
            command.Parameters.AddWithValue("$status", status.Trim().ToLowerInvariant());
            conditions.Add(Common(command, sets, "claim status " + status.Trim().ToLowerInvariant(), commonValueRows, "SELECT article_seq AS seq FROM claims WHERE status = $status",
                $"EXISTS (SELECT 1 FROM claims cl WHERE cl.status = $status AND cl.article_seq = {seq})"));
        }

        if (sets is not null && conditions.Count(c => c.Set is not null) > 1)
        {
            // several sets: one test of their intersection per candidate; its list is the rarest
            // set's list checked against the others (streamed, where an INTERSECT would sort both)
            var held = conditions.Where(c => c.Set is not null).OrderBy(c => c.Rows).ToList();
            var both = sets.Intersect([.. held.Select(c => c.Set!)], seq);
            string list = $"SELECT l.seq FROM ({held[0].List}) l WHERE {string.Join(" AND ", held.Skip(1).Select(c => c.On("l.seq")))}";
            conditions.RemoveAll(c => c.Set is not null);
            conditions.Add(new Filter(both.Rows, list, both.Condition) { Set = both });
        }

        return [.. conditions.OrderBy(c => c.Rows)];
    }

    /// <summary>Whether the database has the index <paramref name="name"/> (a database opened
    /// read-only before it was built falls back to a slower plan).</summary>
    public static bool HasIndex(SqliteConnection? connection, string name)
    {
        if (connection is null)
        {
            return false;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The entity numbers a name or alias key belongs to, as an SQL list ("NULL" when none:
    /// nothing matches then). Integers read from the database: safe to inline.</summary>
    private static string EntityNumbers(SqliteConnection? connection, string nameKey)
    {
        var numbers = new List<long>();
        if (connection is not null)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT entity_no FROM entity_names WHERE name_key = $key";
            command.Parameters.AddWithValue("$key", nameKey);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                numbers.Add(r.GetInt64(0));
            }
        }

        return numbers.Count == 0 ? "NULL" : string.Join(',', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A knowledge filter's value: its in-memory set when <paramref name="sets"/> holds it (or
    /// builds it now, the value being common and asked for again), else as <see cref="Side"/> writes it.
    /// A set's bit test (~0.1 µs through the SQL function) sorts after the IN-lists (rarer, as cheap)
    /// and before the probes (an index seek per candidate).</summary>
    private static Filter Common(SqliteCommand command, SeqSets? sets, string key, int listRows, string list, string probe)
    {
        if (sets?.Held(key, SeqToken) is { } held)
        {
            return new Filter(held.Rows, list, held.Condition) { Set = held };
        }

        var side = Side(command, SeqToken, listRows, list, probe);
        return side.Rows == long.MaxValue && sets?.Use(key, list, command, SeqToken) is { } built
            ? new Filter(built.Rows, list, built.Condition) { Set = built }
            : side;
    }

    /// <summary>An IN-list of <paramref name="list"/> when it has fewer than <paramref name="listRows"/>
    /// rows, else <paramref name="probe"/>; with the rows counted (the bound when not counted to the
    /// end) to order the conditions.</summary>
    private static Filter Side(SqliteCommand command, string seq, int listRows, string list, string probe)
    {
        long rows = 0;
        if (command.Connection is { } connection)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM ({list} LIMIT {listRows})";
            foreach (SqliteParameter p in command.Parameters)
            {
                if (count.CommandText.Contains(p.ParameterName, StringComparison.Ordinal))
                {
                    count.Parameters.AddWithValue(p.ParameterName, p.Value);
                }
            }

            rows = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (rows >= listRows)
            {
                // a probe costs per match whatever the value's size: order it after every list
                return new Filter(long.MaxValue, list, probe);
            }
        }

        // unary + keeps SQLite from driving the full-text index by the list (an FTS5 rowid seek per
        // listed article, ~40 µs each, measured) instead of walking the word's matches
        return new Filter(rows, list, $"+{seq} IN ({list})");
    }
}
