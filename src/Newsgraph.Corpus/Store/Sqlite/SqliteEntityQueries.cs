using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>An entity's profile: names, roles, mentions per month, its quotes and events.</summary>
internal static class SqliteEntityQueries
{
    /// <summary>Quotes and events listed in a profile (newest first).</summary>
    private const int ListLimit = 50;

    public static EntityProfile? Profile(SqliteConnection connection, string nameOrAlias)
    {
        long entityNo;
        string key, name, type;
        using (var command = connection.CreateCommand())
        {
            // the entity most articles name, when several share the name
            command.CommandText = """
                SELECT e.entity_no, e.key, e.name, e.type FROM entity_names n JOIN entities e ON e.entity_no = n.entity_no
                 WHERE n.name_key = $k
                 ORDER BY (SELECT count(*) FROM article_entities ae WHERE ae.entity_no = e.entity_no) DESC, e.entity_no LIMIT 1
                """;
            command.Parameters.AddWithValue("$k", SqliteCorpusWriter.NameKey(nameOrAlias));
            using var r = command.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            (entityNo, key, name, type) = (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3));
        }

        var aliases = Strings(connection, "SELECT name FROM entity_names WHERE entity_no = $e AND name <> $name ORDER BY name", entityNo, ("$name", name));
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string json in Strings(connection, "SELECT DISTINCT roles FROM article_entities WHERE entity_no = $e", entityNo))
        {
            foreach (string role in JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListString) ?? [])
            {
                roles.Add(role);
            }
        }

        long articles;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM article_entities ae JOIN articles a ON a.seq = ae.article_seq WHERE ae.entity_no = $e AND a.is_latest = 1";
            command.Parameters.AddWithValue("$e", entityNo);
            articles = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var months = new List<FacetCount>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT coalesce(substr(a.published_date, 1, 7), 'undated') m, sum(x.mention_count) FROM article_entities x JOIN articles a ON a.seq = x.article_seq
                 WHERE x.entity_no = $e AND a.is_latest = 1 GROUP BY m HAVING sum(x.mention_count) > 0 ORDER BY m
                """;
            command.Parameters.AddWithValue("$e", entityNo);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                months.Add(new FacetCount(r.GetString(0), r.GetInt64(1)));
            }
        }

        var quotes = new List<EntityQuote>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT a.id, a.published, q.text FROM quotes q JOIN articles a ON a.seq = q.article_seq
                 WHERE q.speaker_entity = $e AND a.is_latest = 1 ORDER BY a.published_date DESC, a.seq DESC LIMIT $n
                """;
            command.Parameters.AddWithValue("$e", entityNo);
            command.Parameters.AddWithValue("$n", ListLimit);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                quotes.Add(new EntityQuote(r.GetString(0), SqliteCorpusWriter.NullableString(r, 1), r.GetString(2)));
            }
        }

        var events = new List<EntityEvent>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT a.id, a.published, ev.type, p.role, (SELECT substr(b.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start) FROM article_bodies b WHERE b.seq = a.seq)
                  FROM event_participants p JOIN events ev ON ev.article_seq = p.article_seq AND ev.local_id = p.event_id
                  JOIN articles a ON a.seq = p.article_seq
                 WHERE p.entity_no = $e AND a.is_latest = 1 ORDER BY a.published_date DESC, a.seq DESC LIMIT $n
                """;
            command.Parameters.AddWithValue("$e", entityNo);
            command.Parameters.AddWithValue("$n", ListLimit);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                events.Add(new EntityEvent(r.GetString(0), SqliteCorpusWriter.NullableString(r, 1), r.GetString(2), r.GetString(3), r.GetString(4)));
            }
        }

        return new EntityProfile(key, name, type, aliases, [.. roles], articles, months, quotes, events);
    }

    private static List<string> Strings(SqliteConnection connection, string sql, long entityNo, params (string Name, object Value)[] extra)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$e", entityNo);
        foreach (var (n, v) in extra)
        {
            command.Parameters.AddWithValue(n, v);
        }

        var list = new List<string>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }
}
