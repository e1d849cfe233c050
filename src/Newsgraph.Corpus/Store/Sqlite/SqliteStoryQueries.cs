using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>Stories: the list (with member ids) and one story's members, copies and timeline.</summary>
internal static class SqliteStoryQueries
{
    /// <summary>Timeline entries listed per story: events and claims of its members, by date.</summary>
    private const int TimelineLimit = 500;

    public static IReadOnlyList<StorySummary> List(SqliteConnection connection, DateOnly? from, DateOnly? to, int limit)
    {
        using var command = connection.CreateCommand();
        var conditions = new List<string> { "1 = 1" };
        if (from is { } f)
        {
            conditions.Add("s.last_published >= $from");
            command.Parameters.AddWithValue("$from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            conditions.Add("s.first_published <= $to");
            command.Parameters.AddWithValue("$to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        command.CommandText = $"""
            SELECT s.id, s.title, s.first_published, s.last_published, s.articles, s.independent_sources
              FROM stories s WHERE {string.Join(" AND ", conditions)}
             ORDER BY s.independent_sources DESC, s.articles DESC, s.id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit <= 0 ? long.MaxValue : limit);
        var stories = new List<StorySummary>();
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                stories.Add(Summary(r, []));
            }
        }

        return [.. stories.Select(s => s with { MemberIds = MemberIds(connection, s.Id) })];
    }

    public static StoryDetail? Detail(SqliteConnection connection, string storyId)
    {
        StorySummary? summary;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, title, first_published, last_published, articles, independent_sources FROM stories WHERE id = $id";
            command.Parameters.AddWithValue("$id", storyId);
            using var r = command.ExecuteReader();
            summary = r.Read() ? Summary(r, MemberIds(connection, storyId)) : null;
        }

        if (summary is null)
        {
            return null;
        }

        var members = new List<StoryMember>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT {SqliteExport.Columns},
                       (SELECT group_concat(c.id, char(10)) FROM duplicate_groups g JOIN articles c ON c.seq = g.member_seq WHERE g.canonical_seq = a.seq)
                  FROM story_members m JOIN articles a ON a.seq = m.article_seq JOIN article_bodies b ON b.seq = a.seq
                 WHERE m.story_id = $id AND a.is_latest = 1 AND a.duplicate_of IS NULL
                 ORDER BY a.published_date, a.seq
                """;
            command.Parameters.AddWithValue("$id", storyId);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var copies = r.IsDBNull(SqliteExport.ColumnCount) ? [] : SqliteCorpusWriter.SplitKeys(r.GetString(SqliteExport.ColumnCount));
                members.Add(new StoryMember(SqliteExport.Read(r), copies));
            }
        }

        var timeline = new List<TimelineEntry>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT a.published, a.id, 'event', ev.type, (SELECT substr(b.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) FROM article_bodies b WHERE b.seq = a.seq)
                  FROM story_members m JOIN articles a ON a.seq = m.article_seq JOIN events ev ON ev.article_seq = a.seq
                 WHERE m.story_id = $id AND a.is_latest = 1
                UNION ALL
                SELECT a.published, a.id, 'claim', c.status, c.text
                  FROM story_members m JOIN articles a ON a.seq = m.article_seq JOIN claims c ON c.article_seq = a.seq
                 WHERE m.story_id = $id AND a.is_latest = 1
                 ORDER BY 1, 2 LIMIT $limit
                """;
            command.Parameters.AddWithValue("$id", storyId);
            command.Parameters.AddWithValue("$limit", TimelineLimit);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                timeline.Add(new TimelineEntry(SqliteCorpusWriter.NullableString(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
            }
        }

        return new StoryDetail(summary, members, timeline);
    }

    private static StorySummary Summary(SqliteDataReader r, IReadOnlyList<string> members) => new(
        r.GetString(0), SqliteCorpusWriter.NullableString(r, 1), SqliteCorpusWriter.NullableString(r, 2), SqliteCorpusWriter.NullableString(r, 3),
        r.GetInt32(4), r.GetInt32(5), members);

    private static List<string> MemberIds(SqliteConnection connection, string storyId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.id FROM story_members m JOIN articles a ON a.seq = m.article_seq WHERE m.story_id = $id AND a.is_latest = 1 ORDER BY a.seq";
        command.Parameters.AddWithValue("$id", storyId);
        var ids = new List<string>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }
}
