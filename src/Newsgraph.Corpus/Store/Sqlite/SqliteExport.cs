using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>Streams stored articles (latest revisions), optionally narrowed by a search query.</summary>
internal static class SqliteExport
{
    public const string Columns = "a.id, a.url, a.site, a.title, a.published, a.language, a.revision, a.duplicate_of, a.story_id, b.text";

    public const int ColumnCount = 10;

    public static IEnumerable<StoredArticle> Run(SqliteConnection connection, SearchQuery? query, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        string where = SearchFilters.Where(query, command);
        string? match = FtsQuery.Build(query?.Text);
        if (match is null)
        {
            command.CommandText = $"SELECT {Columns} FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE {where} ORDER BY a.seq";
        }
        else
        {
            command.CommandText = $"SELECT {Columns} FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid JOIN article_bodies b ON b.seq = a.seq WHERE articles_fts MATCH $match AND {where} ORDER BY a.seq";
            command.Parameters.AddWithValue("$match", match);
        }

        using var r = command.ExecuteReader();
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Read(r);
        }
    }

    public static StoredArticle Read(SqliteDataReader r) => new(
        r.GetString(0), SqliteCorpusWriter.NullableString(r, 1), SqliteCorpusWriter.NullableString(r, 2), SqliteCorpusWriter.NullableString(r, 3),
        SqliteCorpusWriter.NullableString(r, 4), SqliteCorpusWriter.NullableString(r, 5), r.GetInt32(6), SqliteCorpusWriter.NullableString(r, 7),
        SqliteCorpusWriter.NullableString(r, 8), r.GetString(9));
}
