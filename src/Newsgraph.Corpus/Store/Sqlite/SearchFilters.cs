using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>The WHERE conditions (on articles alias <c>a</c>) and parameters of a query's filters.</summary>
internal static class SearchFilters
{
    /// <summary>The condition every query has: latest revisions only.</summary>
    public const string LatestOnly = "a.is_latest = 1";

    public static string Where(SearchQuery? query, SqliteCommand command)
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
            conditions.Add("a.seq IN (SELECT ae.article_seq FROM entity_names n JOIN article_entities ae ON ae.entity_no = n.entity_no WHERE n.name_key = $entity)");
            command.Parameters.AddWithValue("$entity", SqliteCorpusWriter.NameKey(entity));
        }

        if (query.EventType is { } eventType)
        {
            conditions.Add("a.seq IN (SELECT article_seq FROM events WHERE type = $etype)");
            command.Parameters.AddWithValue("$etype", eventType.Trim());
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
            conditions.Add("a.seq IN (SELECT article_seq FROM claims WHERE status = $status)");
            command.Parameters.AddWithValue("$status", status.Trim().ToLowerInvariant());
        }

        return string.Join(" AND ", conditions);
    }
}
