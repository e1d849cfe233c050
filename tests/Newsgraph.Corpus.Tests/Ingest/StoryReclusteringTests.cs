using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Tests.Clustering;

namespace Newsgraph.Corpus.Tests.Ingest;

public sealed class StoryReclusteringTests
{
    [Fact]
    public async Task Stored_memberships_equal_the_clusterers_result_after_ingest()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        await TestCorpus.IngestAsync(store, Mini());

        // the same articles, keys and order, clustered in memory: add each, then re-cluster
        var clusterer = new StoryClusterer();
        using (var writer = store.BeginWrite())
        {
            foreach (var known in writer.ArticlesAfter(0))
            {
                clusterer.Add(CorpusIndexes.ToClusterArticle(known));
            }
        }

        clusterer.Recluster();
        var stored = store.Stories(null, null, 0);
        Assert.Equal(Partition(clusterer.Stories.Select(s => s.MemberIds)), Partition(stored.Select(s => s.MemberIds)));
        Assert.Equal(clusterer.Stories.Select(s => s.Id).Order(StringComparer.Ordinal), stored.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(store.Export(null, default), a => Assert.Equal(clusterer.StoryOf(a.Id), a.StoryId));
    }

    [Fact]
    public async Task Re_clustering_an_ingested_corpus_again_changes_nothing()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store, Mini());
        }

        using var reopened = temp.Open();
        var before = reopened.Stories(null, null, 0);
        Assert.Empty(StoryReclustering.Run(reopened, null, null));
        Assert.Empty(StoryReclustering.Run(reopened, new DateOnly(2000, 1, 1), new DateOnly(2030, 1, 1)));
        Assert.Equal(before.Select(s => s.Id + string.Join(",", s.MemberIds)), reopened.Stories(null, null, 0).Select(s => s.Id + string.Join(",", s.MemberIds)));
    }

    [Fact]
    public async Task A_moved_article_takes_its_copies_along_and_an_emptied_story_is_deleted()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        await TestCorpus.IngestAsync(store,
            TestCorpus.Article("wire", TestCorpus.WireStory, "Bridge reopens", source: "wire.example"),
            TestCorpus.Article("copy", "Bridge reopens after repairs.\n" + TestCorpus.WireStory.Replace("Tuesday", "Tuesday morning", StringComparison.Ordinal), "Harbour bridge open again", source: "daily.example"),
            TestCorpus.Article("council", TestCorpus.OtherStory, "Relief fund", source: "daily.example"));
        var ids = store.Export(null, default).ToDictionary(a => a.Id, a => a.StoryId!);
        Assert.NotEqual(ids["wire"], ids["council"]);

        using (var writer = store.BeginWrite())
        {
            writer.MoveStories([new StoryMove("wire", ids["wire"], ids["council"])]);
            writer.Commit();
        }

        var after = store.Export(null, default).ToDictionary(a => a.Id, a => a.StoryId);
        Assert.Equal(ids["council"], after["wire"]);
        Assert.Equal(ids["council"], after["copy"]);
        Assert.Null(store.Story(ids["wire"]));
        var story = store.Story(ids["council"])!;
        Assert.Equal(3, story.Story.Articles);
        Assert.Equal(["wire", "copy", "council"], story.Story.MemberIds); // store order
        Assert.Equal(1, store.Counts().Stories);
    }

    [Fact]
    public async Task A_restarted_run_continues_from_the_stored_stories()
    {
        using var temp = new TempCorpus();
        var mini = Mini();
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store, mini[..6]);
        }

        using var reopened = temp.Open();
        await TestCorpus.IngestAsync(reopened, mini[6..]);
        var stored = reopened.Stories(null, null, 0);
        Assert.Equal(10, stored.Sum(s => s.MemberIds.Count));
        Assert.Equal(stored.Count, stored.Select(s => s.Id).Distinct().Count());
        Assert.Empty(StoryReclustering.Run(reopened, null, null)); // what ingest stored is what re-clustering gives
    }

    private static Newsgraph.Corpus.Sources.PreExtractedArticle[] Mini() =>
        [.. MiniArticles.All.Select(a => TestCorpus.Article(a.Id, a.Text, a.Title, a.Date))];

    private static string[] Partition(IEnumerable<IReadOnlyList<string>> stories) =>
        [.. stories.Select(s => string.Join(",", s.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
}
