using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class SchemaUpgradeTests
{
    [Fact]
    public void A_version_2_database_keeps_its_mention_counts_when_mentions_are_packed()
    {
        using var temp = new TempCorpus();
        using (var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false"))
        {
            connection.Open();
            Assert.Equal(2, SqliteMigrations.Apply(connection, upTo: 2));
            Execute(connection, """
                INSERT INTO articles(seq, id, url, revision, content_hash, source_uri, title, published, published_date, entity_keys, ingested_at) VALUES
                  (1, 'a1', 'https://example.org/1', 1, 'h1', 'test:a1', 'One', '2023-09-05', '2023-09-05', '', 'x'),
                  (2, 'a2', 'https://example.org/2', 1, 'h2', 'test:a2', 'Two', '2023-10-01', '2023-10-01', '', 'x');
                INSERT INTO article_bodies(seq, title, text, report) VALUES (1, 'One', 'Alana Whitfield spoke. Whitfield left.', '{}'), (2, 'Two', 'Whitfield again.', '{}');
                INSERT INTO entities(entity_no, key, type, name) VALUES (7, 'person:alana whitfield', 'person', 'Alana Whitfield');
                INSERT INTO entity_names(name_key, entity_no, name) VALUES ('alana whitfield', 7, 'Alana Whitfield');
                INSERT INTO article_entities(article_seq, local_id, entity_no, name, roles) VALUES
                  (1, 'e1', 7, 'Alana Whitfield', '["mayor"]'), (1, 'e2', 7, 'Whitfield', '[]'), (2, 'e1', 7, 'Whitfield', '[]');
                INSERT INTO mentions(article_seq, entity_no, start, end) VALUES (1, 7, 0, 15), (1, 7, 23, 32), (2, 7, 0, 9);
                """);
        }

        using (var store = temp.Open())
        {
            Assert.Equal(SqliteMigrations.Latest, store.SchemaVersion);
            var profile = store.Entity("Alana Whitfield")!;
            Assert.Equal([("2023-09", 2L), ("2023-10", 1L)], profile.MentionsByMonth.Select(m => (m.Value, m.Count)));
            Assert.Equal(["mayor"], profile.Roles);
        }

        using var check = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false");
        check.Open();
        using var command = check.CreateCommand();
        command.CommandText = "SELECT group_concat(local_id || ':' || mention_count || ':' || mentions, ' ') FROM (SELECT * FROM article_entities ORDER BY article_seq, local_id)";
        Assert.Equal("e1:2:[[0,15],[23,32]] e2:0:[] e1:1:[[0,9]]", command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'mentions'";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
