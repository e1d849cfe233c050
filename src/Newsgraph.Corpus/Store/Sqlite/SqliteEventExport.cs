using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Streams the events of the latest revisions (of the articles matching a query), article by
/// article in store order. Trigger and sentence text are cut from the article text in .NET: the
/// stored offsets are UTF-16 units, SQLite's substr counts code points. The place (an entity id in
/// the report) becomes the entity's name, the time (a time-expression id) its resolved value.
/// </summary>
internal static class SqliteEventExport
{
    public static IEnumerable<StoredEvent> Run(SqliteConnection connection, SearchQuery? query, CancellationToken cancellationToken)
    {
        using var articles = connection.CreateCommand();
        string where = SearchFilters.Where(query, articles) + " AND EXISTS (SELECT 1 FROM events e WHERE e.article_seq = a.seq)";
        string? match = FtsQuery.Build(query?.Text);
        const string columns = "a.seq, a.id, a.url, a.site, a.title, a.published, a.language, a.ingested_at, b.text";
        articles.CommandText = match is null
            ? $"SELECT {columns} FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE {where} ORDER BY a.seq"
            : $"SELECT {columns} FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid JOIN article_bodies b ON b.seq = a.seq WHERE articles_fts MATCH $match AND {where} ORDER BY a.seq";
        if (match is not null)
        {
            articles.Parameters.AddWithValue("$match", match);
        }

        using var events = connection.CreateCommand();
        events.CommandText = """
            SELECT e.local_id, e.type, e.mode, e.modality, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
                   (SELECT ae.name FROM article_entities ae WHERE ae.article_seq = e.article_seq AND ae.local_id = e.place),
                   (SELECT t.value FROM times t WHERE t.article_seq = e.article_seq AND t.local_id = e.time)
            FROM events e WHERE e.article_seq = $seq AND ($type IS NULL OR e.type = $type) ORDER BY e.trigger_start, e.local_id
            """;
        events.Parameters.Add("$seq", SqliteType.Integer);
        events.Parameters.AddWithValue("$type", (object?)query?.EventType?.Trim() ?? DBNull.Value);
        using var actors = connection.CreateCommand();
        actors.CommandText = """
            SELECT p.event_id, p.role, n.name, n.type, n.key
            FROM event_participants p JOIN entities n ON n.entity_no = p.entity_no WHERE p.article_seq = $seq ORDER BY p.rowid
            """;
        actors.Parameters.Add("$seq", SqliteType.Integer);

        using var r = articles.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            long seq = r.GetInt64(0);
            var article = (Id: r.GetString(1), Url: Text(r, 2), Site: Text(r, 3), Title: Text(r, 4), Published: Text(r, 5), Language: Text(r, 6), IngestedAt: r.GetString(7), Body: r.GetString(8));
            var roles = Actors(actors, seq);
            events.Parameters["$seq"].Value = seq;
            using var e = events.ExecuteReader();
            int ordinal = 0;
            while (e.Read())
            {
                string id = e.GetString(0);
                yield return new StoredEvent(
                    article.Id, article.Url, article.Site, article.Title, article.Published, article.Language, article.IngestedAt,
                    id, ordinal++, e.GetString(1), Text(e, 2), e.GetString(3),
                    Cut(article.Body, e.GetInt32(4), e.GetInt32(5)), Cut(article.Body, e.GetInt32(6), e.GetInt32(7)), e.GetInt32(6), e.GetInt32(7),
                    Text(e, 8), Text(e, 9),
                    roles.TryGetValue((id, "source"), out var sources) ? sources : [],
                    roles.TryGetValue((id, "target"), out var targets) ? targets : []);
            }
        }
    }

    private static Dictionary<(string Event, string Role), List<EventActor>> Actors(SqliteCommand actors, long seq)
    {
        actors.Parameters["$seq"].Value = seq;
        var roles = new Dictionary<(string, string), List<EventActor>>();
        using var r = actors.ExecuteReader();
        while (r.Read())
        {
            var key = (r.GetString(0), r.GetString(1));
            if (!roles.TryGetValue(key, out var list))
            {
                roles[key] = list = [];
            }

            var actor = new EventActor(r.GetString(2), r.GetString(3), r.GetString(4));
            if (!list.Contains(actor))
            {
                list.Add(actor);
            }
        }

        return roles;
    }

    /// <summary>The span's text, or empty when the offsets do not fit the text (never throws on a bad row).</summary>
    private static string Cut(string text, int start, int end) =>
        start >= 0 && end >= start && end <= text.Length ? text[start..end] : "";

    private static string? Text(SqliteDataReader r, int column) => SqliteCorpusWriter.NullableString(r, column);
}
