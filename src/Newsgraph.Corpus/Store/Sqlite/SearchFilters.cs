using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The WHERE conditions (on articles alias <c>a</c>) and parameters of a query's filters. A filter on
/// a knowledge table is written from the smaller side: a value held by few rows becomes an IN-list
/// (built once, then each candidate article is a probe into it), a common value (an event type or
/// claim status a third of a million-article corpus has) a correlated EXISTS probe per candidate, so
/// the query no longer builds a list of hundreds of thousands of article numbers to return 20.
/// Which side is smaller is found by counting the value's rows up to <see cref="CommonValueRows"/>.
/// </summary>
internal static class SearchFilters
{
    /// <summary>Rows above which a filter value counts as common. Building an IN-list costs about
    /// what probing as many candidates costs (an index step each, ~1 µs); the newest-first walk
    /// that feeds a page or a window stops after a few thousand candidates, so a list longer than
    /// this costs more than the walk; counting up to it is ~1 ms at most.</summary>
    internal const int CommonValueRows = 10_000;

    /// <summary>The condition every query has: latest revisions only.</summary>
    public const string LatestOnly = "a.is_latest = 1";

    public static string Where(SearchQuery? query, SqliteCommand command, int commonValueRows = CommonValueRows)
    {
        var conditions = new List<string> { LatestOnly };
        if (query is null)
        {
            return string.Join(" AND ", conditions);
        }

        if (query.Site is { } site)
        {
            conditions.Add("(a.site_key = $site OR a.host = $sitehost)");
            command.Parameters.AddWithValue("$site", SqliteCorpusWriter.NameKey(site));
            command.Parameters.AddWithValue("$sitehost", SqliteCorpusWriter.HostKey(site.Trim()));
        }

        if (query.From is { } from)
        {
            conditions.Add("a.published_date >= $from");
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            conditions.Add("a.published_date <= $to");
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Entity is { } entity)
        {
            command.Parameters.AddWithValue("$entity", SqliteCorpusWriter.NameKey(entity));
            conditions.Add(SmallerSide(command, commonValueRows,
                "SELECT ae.article_seq FROM entity_names n JOIN article_entities ae ON ae.entity_no = n.entity_no WHERE n.name_key = $entity",
                "n.name_key = $entity AND ae.article_seq = a.seq", "entity_names n JOIN article_entities ae ON ae.entity_no = n.entity_no"));
        }

        if (query.EventType is { } eventType)
        {
            command.Parameters.AddWithValue("$etype", eventType.Trim());
            conditions.Add(SmallerSide(command, commonValueRows, "SELECT article_seq FROM events WHERE type = $etype", "ev.type = $etype AND ev.article_seq = a.seq", "events ev"));
        }

        if (query.Speaker is { } speaker)
        {
            conditions.Add("""
                a.seq IN (SELECT article_seq FROM quotes WHERE speaker_key = $speaker
                          UNION SELECT q.article_seq FROM entity_names n JOIN quotes q ON q.speaker_entity = n.entity_no WHERE n.name_key = $speaker)
                """);
            command.Parameters.AddWithValue("$speaker", SqliteCorpusWriter.NameKey(speaker));
        }

        if (query.ClaimStatus is { } status)
        {
            command.Parameters.AddWithValue("$status", status.Trim().ToLowerInvariant());
            conditions.Add(SmallerSide(command, commonValueRows, "SELECT article_seq FROM claims WHERE status = $status", "cl.status = $status AND cl.article_seq = a.seq", "claims cl"));
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>An IN-list of <paramref name="list"/> when the value has few rows, else an EXISTS
    /// probe of <paramref name="from"/> per candidate article (same rows either way).</summary>
    private static string SmallerSide(SqliteCommand command, int commonValueRows, string list, string probe, string from)
    {
        if (command.Connection is { } connection)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM ({list} LIMIT {commonValueRows})";
            foreach (SqliteParameter p in command.Parameters)
            {
                if (count.CommandText.Contains(p.ParameterName, StringComparison.Ordinal))
                {
                    count.Parameters.AddWithValue(p.ParameterName, p.Value);
                }
            }

            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) >= commonValueRows)
            {
                return $"EXISTS (SELECT 1 FROM {from} WHERE {probe})";
            }
        }

        return $"a.seq IN ({list})";
    }
}
