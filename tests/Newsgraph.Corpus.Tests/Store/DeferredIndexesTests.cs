using Microsoft.Data.Sqlite;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class DeferredIndexesTests
{
    private static readonly EnrichingAnalyzer WithEntity = new(r => r with
    {
        Entities = [new ReportEntity { Id = "e1", Type = "person", Name = "Alana Whitfield", Mentions = [new ReportSpan(0, 5)] }],
    });

    [Fact]
    public async Task A_bulk_load_drops_the_search_indexes_and_builds_them_again_at_its_end()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        var options = new IngestOptions { Workers = 2, BatchSize = 2, DeferIndexes = true };
        var counts = await new IngestRunner(store, WithEntity, options)
            .RunAsync([new ListSource(TestCorpus.Article("a", TestCorpus.WireStory), TestCorpus.Article("b", TestCorpus.OtherStory))]);

        Assert.Equal(2, counts.Ingested);
        Assert.Equal(12, Present(temp.DbPath));
        Assert.Equal(2, store.Search(new SearchQuery { Entity = "Alana Whitfield" }).Hits.Count); // both articles name her
    }

    [Fact]
    public void A_bulk_load_killed_before_its_end_gets_its_indexes_back_when_the_store_is_next_opened()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            store.DeferIndexes(); // what a killed bulk load leaves behind
        }

        Assert.Equal(0, Present(temp.DbPath));
        using (temp.Open())
        {
            Assert.Equal(12, Present(temp.DbPath));
        }
    }

    [Fact]
    public async Task A_bulk_load_turns_full_text_merging_off_for_its_run_only()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        store.DeferIndexes();
        Assert.Equal(0L, Automerge(temp.DbPath));
        store.RestoreIndexes();
        Assert.Equal(4L, Automerge(temp.DbPath));

        var counts = await new IngestRunner(store, WithEntity, new IngestOptions { DeferIndexes = true })
            .RunAsync([new ListSource(TestCorpus.Article("a", TestCorpus.WireStory))]);
        Assert.Equal(1, counts.Ingested);
        Assert.Equal(4L, Automerge(temp.DbPath));
    }

    [Fact]
    public void A_bulk_load_killed_before_its_end_gets_full_text_merging_back_when_the_store_is_next_opened()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            store.DeferIndexes();
        }

        Assert.Equal(0L, Automerge(temp.DbPath));
        using (temp.Open())
        {
            Assert.Equal(4L, Automerge(temp.DbPath));
        }
    }

    private static long? Automerge(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM articles_fts_config WHERE k = 'automerge'";
        return command.ExecuteScalar() is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static int Present(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        return DeferredIndexes.Present(connection);
    }
}
