using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Tests.Store;

namespace Newsgraph.Corpus.Tests.Ingest;

public sealed class IngestRunnerTests
{
    [Fact]
    public async Task Pre_extracted_articles_are_stored_under_their_own_ids()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        var counts = await TestCorpus.IngestAsync(store, TestCorpus.Article("wire-1", TestCorpus.WireStory, "Bridge reopens"), TestCorpus.Article("council-7", TestCorpus.OtherStory, "Relief fund"));

        Assert.Equal(2, counts.Ingested);
        var stored = store.Export(null, default).ToList();
        Assert.Equal(["wire-1", "council-7"], stored.Select(a => a.Id));
        Assert.Equal("Bridge reopens", stored[0].Title);
        Assert.Equal("example.org", stored[0].Site);
    }

    [Fact]
    public async Task A_second_run_skips_every_stored_item()
    {
        using var temp = new TempCorpus();
        var articles = new[] { TestCorpus.Article("a", TestCorpus.WireStory), TestCorpus.Article("b", TestCorpus.OtherStory) };
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store, articles);
        }

        using var reopened = temp.Open();
        var counts = await TestCorpus.IngestAsync(reopened, articles);

        Assert.Equal(0, counts.Ingested);
        Assert.Equal(2, counts.Skipped);
        Assert.Equal(2, reopened.Counts().Articles);
    }

    [Fact]
    public async Task A_changed_article_at_the_same_url_is_kept_as_a_new_revision()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        await TestCorpus.IngestAsync(store, TestCorpus.Article("a", TestCorpus.WireStory, url: "https://example.org/bridge?utm_source=x"));
        var counts = await TestCorpus.IngestAsync(store, TestCorpus.Article("a", TestCorpus.WireStory + " Correction: the repairs cost 33 million dollars.", url: "https://EXAMPLE.org/bridge/"));

        Assert.Equal(1, counts.Revisions);
        var c = store.Counts();
        Assert.Equal(2, c.Articles);
        Assert.Equal(1, c.LatestArticles);
        var latest = Assert.Single(store.Export(null, default));
        Assert.Equal("a-r2", latest.Id);
        Assert.Equal(2, latest.Revision);
        Assert.Contains("33 million", latest.Text, StringComparison.Ordinal);
        Assert.Equal("a-r2", Assert.Single(store.Search(new SearchQuery { Text = "harbour" }).Hits).Id); // only the latest revision is indexed

        // without words the superseded revision is skipped through its partial index (migration 4)
        var filtered = store.Search(new SearchQuery { From = new DateOnly(1900, 1, 1) });
        Assert.Equal("a-r2", Assert.Single(filtered.Hits).Id);
        Assert.Equal(1, filtered.Total);
    }

    [Fact]
    public async Task Revisions_within_one_batch_leave_only_the_latest_in_a_sound_full_text_index()
    {
        // the writer indexes a batch's articles at commit: a revision superseded in the same batch
        // must never reach the index, one from an earlier batch must leave it
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store, TestCorpus.Article("old", TestCorpus.OtherStory, url: "https://example.org/fund"));
            var counts = await TestCorpus.IngestAsync(
                store,
                TestCorpus.Article("a", TestCorpus.WireStory, url: "https://example.org/bridge"),
                TestCorpus.Article("a", TestCorpus.WireStory + " Correction: the repairs cost 33 million dollars.", url: "https://example.org/bridge"),
                TestCorpus.Article("old", TestCorpus.OtherStory + " Update: the fund doubled.", url: "https://example.org/fund"));

            Assert.Equal(2, counts.Revisions);
            Assert.Equal("a-r2", Assert.Single(store.Search(new SearchQuery { Text = "harbour" }).Hits).Id);
            Assert.Equal("old-r2", Assert.Single(store.Search(new SearchQuery { Text = "doubled" }).Hits).Id);
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={temp.DbPath};Pooling=false");
        connection.Open();
        using var check = connection.CreateCommand();
        // the index's own structure (rank 1 would also compare it with article_bodies, which keeps
        // the superseded revisions the index leaves out on purpose)
        check.CommandText = "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')";
        check.ExecuteNonQuery(); // throws SQLITE_CORRUPT_VTAB when the index is inconsistent
    }

    [Fact]
    public async Task The_same_text_at_the_same_url_from_another_source_is_skipped()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        await TestCorpus.IngestAsync(store, TestCorpus.Article("a", TestCorpus.WireStory, url: "https://example.org/bridge"));
        var counts = await TestCorpus.IngestAsync(store, TestCorpus.Article("a-again", TestCorpus.WireStory, title: "Other headline", url: "https://example.org/bridge"));

        Assert.Equal(1, counts.Skipped);
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public async Task A_syndicated_copy_joins_the_first_articles_duplicate_group_and_story()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        var counts = await TestCorpus.IngestAsync(store,
            TestCorpus.Article("wire", TestCorpus.WireStory, "Bridge reopens", source: "wire.example"),
            TestCorpus.Article("copy", "Bridge reopens after repairs.\n" + TestCorpus.WireStory.Replace("Tuesday", "Tuesday morning", StringComparison.Ordinal), "Harbour bridge open again", source: "daily.example"),
            TestCorpus.Article("council", TestCorpus.OtherStory, "Relief fund", source: "daily.example"));

        Assert.Equal(1, counts.Duplicates);
        var stored = store.Export(null, default).ToDictionary(a => a.Id);
        Assert.Equal("wire", stored["copy"].DuplicateOf);
        Assert.Equal(stored["wire"].StoryId, stored["copy"].StoryId);
        Assert.NotEqual(stored["wire"].StoryId, stored["council"].StoryId);

        var story = store.Story(stored["wire"].StoryId!)!;
        Assert.Equal(2, story.Story.Articles);
        Assert.Equal(1, story.Story.IndependentSources);
        var member = Assert.Single(story.Members);
        Assert.Equal(["copy"], member.CopyIds);
    }

    [Fact]
    public async Task Raw_pages_are_analysed_with_the_pipeline_and_stored_with_their_report()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        var source = new FileSource([TestSupport.RepoPaths.InRepo("samples")], 16 << 20);
        var counts = await new IngestRunner(store, TestCorpus.Analyzer()).RunAsync([source]);

        Assert.Equal(2, counts.Ingested);
        Assert.Equal(0, counts.Failed);
        var hits = store.Search(new SearchQuery { Text = "harbour bridge" });
        var hit = hits.Hits[0];
        var report = store.Report(hit.Id)!;
        Assert.Contains("bridge", report.Article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("extraction.v1", report.Pipeline.Stages[0].Id);
    }

    [Fact]
    public async Task A_batch_that_fails_mid_way_leaves_nothing_half_stored_and_a_rerun_stores_everything_once()
    {
        using var temp = new TempCorpus();
        var articles = Enumerable.Range(0, 10).Select(i => TestCorpus.Article("n" + i, $"Article number {i}. " + (i % 2 == 0 ? TestCorpus.WireStory : TestCorpus.OtherStory))).ToArray();
        using (var store = temp.Open())
        {
            using var failing = new FailingStore(store, failAfterInserts: 7);
            var runner = new IngestRunner(failing, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 3 });
            await Assert.ThrowsAsync<CorpusStoreException>(() => runner.RunAsync([new ListSource(articles)]));
            Assert.Equal(6, store.Counts().Articles); // two whole batches; the third rolled back
        }

        using var reopened = temp.Open();
        var counts = await TestCorpus.IngestAsync(reopened, articles);
        Assert.Equal(4, counts.Ingested);
        Assert.Equal(6, counts.Skipped);
        Assert.Equal(10, reopened.Export(null, default).Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Concurrent_runs_on_one_database_store_each_article_once_with_agreeing_stories()
    {
        using var temp = new TempCorpus();
        var articles = Enumerable.Range(0, 40).Select(i => TestCorpus.Article("c" + i, $"Report {i}. " + (i % 3 == 0 ? TestCorpus.OtherStory : TestCorpus.WireStory) + $" Update {i * 7919}.")).ToArray();
        using (temp.Open())
        {
            // create the schema once, so both runs start from the same file
        }

        using var first = temp.Open();
        using var second = temp.Open();
        var options = new IngestOptions { Workers = 2, BatchSize = 4 };
        var a = Task.Run(() => new IngestRunner(first, TestCorpus.Analyzer(), options).RunAsync([new ListSource(articles)]));
        var b = Task.Run(() => new IngestRunner(second, TestCorpus.Analyzer(), options).RunAsync([new ListSource(articles.Reverse().ToArray())]));
        var counts = await Task.WhenAll(a, b);

        Assert.Equal(40, counts.Sum(c => c.Ingested));
        Assert.Equal(40, counts.Sum(c => c.Skipped));
        var stored = first.Export(null, default).ToList();
        Assert.Equal(40, stored.Count);
        Assert.Equal(40, stored.Select(s => s.Id).Distinct().Count());

        // every copy sits in the story of its canonical, whichever process stored it
        var byId = stored.ToDictionary(s => s.Id);
        Assert.All(stored.Where(s => s.DuplicateOf is not null), s => Assert.Equal(byId[s.DuplicateOf!].StoryId, s.StoryId));
    }

    /// <summary>A store whose writer fails (as on a full disk) after a number of inserts.</summary>
    private sealed class FailingStore(ICorpusStore inner, int failAfterInserts) : ForwardingStore(inner)
    {
        private readonly int limit = failAfterInserts;
        private int inserts;

        public override ICorpusWriter BeginWrite() => new FailingWriter(base.BeginWrite(), this);

        private sealed class FailingWriter(ICorpusWriter writer, FailingStore owner) : ForwardingWriter(writer)
        {
            /// <summary>No store index: the run keeps its near-duplicate index in memory, fed from
            /// <see cref="ICorpusWriter.ArticlesAfter"/>, as this test has always run it.</summary>
            public override Newsgraph.Corpus.Dedup.IStoredDuplicates? Duplicates => null;

            public override long Insert(NewArticle article)
            {
                if (++owner.inserts > owner.limit)
                {
                    throw new CorpusStoreException("disk full (simulated)");
                }

                return base.Insert(article);
            }
        }
    }
}
