using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class SqliteCorpusStoreTests
{
    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_with_a_clear_message()
    {
        using var temp = new TempCorpus();
        File.WriteAllText(temp.DbPath, "<html>this is a web page, not a database</html>");

        var ex = Assert.Throws<CorpusStoreException>(() => SqliteCorpusStore.Open(temp.DbPath));
        Assert.Contains("not a newsgraph database", ex.Message, StringComparison.Ordinal);
        Assert.Equal("<html>this is a web page, not a database</html>", File.ReadAllText(temp.DbPath));
    }

    [Fact]
    public void An_sqlite_database_of_another_program_is_refused()
    {
        using var temp = new TempCorpus();
        using (var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<CorpusStoreException>(() => SqliteCorpusStore.Open(temp.DbPath));
        Assert.Contains("another program", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_migrated_once_and_recorded()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            Assert.Equal(SqliteMigrations.Latest, store.SchemaVersion);
        }

        using (var again = temp.Open())
        {
            Assert.Equal(SqliteMigrations.Latest, again.Counts().SchemaVersion);
        }

        using var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_migrations";
        Assert.Equal((long)SqliteMigrations.All.Count, (long)command.ExecuteScalar()!);
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused()
    {
        using var temp = new TempCorpus();
        using (temp.Open())
        {
        }

        using (var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations(version, name, applied_at) VALUES (999, 'future', 'x')";
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<CorpusStoreException>(() => SqliteCorpusStore.Open(temp.DbPath));
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_missing_corpus_for_reading_says_how_to_create_one()
    {
        using var temp = new TempCorpus();
        var ex = Assert.Throws<CorpusStoreException>(() => SqliteCorpusStore.Open(temp.DbPath, readOnly: true));
        Assert.Contains("newsgraph ingest", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.DbPath));
    }

    [Fact]
    public async Task A_write_transaction_disposed_without_commit_keeps_nothing()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        await TestCorpus.IngestAsync(store, TestCorpus.Article("kept", TestCorpus.WireStory));
        var report = store.Report("kept")!;
        using (var writer = store.BeginWrite())
        {
            writer.Insert(new NewArticle("lost", "https://example.org/lost", "test:lost", "sha", "hash", 1, report, null, null, []));
        }

        Assert.Equal(["kept"], store.Export(null, default).Select(a => a.Id));
        Assert.Equal(0, store.Search(new SearchQuery { Text = "bridge", Site = "example.org" }).Hits.Count(h => h.Id == "lost"));
    }

    [Fact]
    public async Task Only_articles_the_story_clusterer_holds_keep_their_entity_keys()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store, TestCorpus.Article("clustered", "Mayor Alana Whitfield opened the Harbor Bridge on Monday after two years of repairs."));
            await new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions { Cluster = false, Deduplicate = false })
                .RunAsync([new ListSource(TestCorpus.Article("unclustered", "Governor Ben Okafor signed the Valley Relief Fund into law on Tuesday.", url: "https://example.org/fund"))]);
        }

        using var connection = new SqliteConnection($"Data Source={temp.DbPath};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, story_id IS NOT NULL, entity_keys FROM articles ORDER BY seq";
        using var r = command.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(("clustered", true), (r.GetString(0), r.GetBoolean(1)));
        Assert.NotEqual("", r.GetString(2)); // restored into the clusterer by the next run
        Assert.True(r.Read());
        Assert.Equal(("unclustered", false), (r.GetString(0), r.GetBoolean(1)));
        Assert.Equal("", r.GetString(2)); // never read: no story to restore it into
    }
}
