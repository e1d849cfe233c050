using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Tests.Clustering;

public sealed class StoryClustererTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Different_events_of_the_same_kind_stay_apart(bool withDates)
    {
        var clusterer = new StoryClusterer();
        foreach (var a in Interleaved())
        {
            clusterer.Add(MiniArticles.Article(a, withDates));
        }

        clusterer.Recluster();
        AssertMatchesGold(clusterer);
    }

    [Fact]
    public void Input_order_does_not_change_the_result()
    {
        var gold = Gold();
        foreach (int seed in new[] { 1, 2, 3, 4, 5, 6 })
        {
            var order = MiniArticles.All.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
            new Random(seed).Shuffle(order);
            var clusterer = new StoryClusterer();
            foreach (var a in order)
            {
                clusterer.Add(MiniArticles.Article(a));
            }

            clusterer.Recluster();
            Assert.Equal(1.0, ClusteringScore.Of(gold, Predicted(clusterer)).BCubedF1, 3);
        }
    }

    [Fact]
    public void Every_article_reports_the_story_that_lists_it_after_merges_while_adding()
    {
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var order = MiniArticles.All.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
            new Random(seed).Shuffle(order);
            var clusterer = new StoryClusterer();
            foreach (var a in order)
            {
                string story = clusterer.Add(MiniArticles.Article(a));
                Assert.Equal(story, clusterer.StoryOf(a.Id));
            }

            foreach (var story in clusterer.Stories)
            {
                Assert.All(story.MemberIds, id => Assert.Equal(story.Id, clusterer.StoryOf(id)));
            }

            Assert.Equal(MiniArticles.All.Length, clusterer.Stories.Sum(s => s.MemberIds.Count));
        }
    }

    [Fact]
    public void Same_input_order_gives_the_same_story_ids()
    {
        string Run()
        {
            var clusterer = new StoryClusterer();
            foreach (var a in Interleaved())
            {
                clusterer.Add(MiniArticles.Article(a));
            }

            clusterer.Recluster();
            return string.Join(";", clusterer.Stories.Select(s => s.Id + "=" + string.Join(",", s.MemberIds)));
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Add_returns_the_story_and_a_repeated_id_keeps_it()
    {
        var clusterer = new StoryClusterer();
        string first = clusterer.Add(MiniArticles.Article(MiniArticles.All[0]));
        string second = clusterer.Add(MiniArticles.Article(MiniArticles.All[1]));
        Assert.Equal(first, second);
        Assert.Equal(first, clusterer.Add(MiniArticles.Article(MiniArticles.All[0])));
        Assert.Equal(2, clusterer.ArticleCount);
        Assert.Equal(first, clusterer.StoryOf("quake-a2"));
        Assert.Null(clusterer.StoryOf("unknown"));
    }

    [Fact]
    public void An_article_with_no_words_opens_its_own_story()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(MiniArticles.Article(MiniArticles.All[0]));
        string empty = clusterer.Add(new ClusterArticle("empty", "", null, null, []));
        Assert.NotEqual(clusterer.StoryOf("quake-a1"), empty);
        clusterer.Recluster();
        Assert.Equal(2, clusterer.Stories.Count);
    }

    private static IEnumerable<(string Id, string Story, string Title, string Text, string Date)> Interleaved() =>
        MiniArticles.All.OrderBy(a => a.Id[^1]).ThenBy(a => a.Id, StringComparer.Ordinal);

    private static Dictionary<string, string> Gold() => MiniArticles.All.ToDictionary(a => a.Id, a => a.Story);

    private static Dictionary<string, string> Predicted(StoryClusterer clusterer) =>
        clusterer.Stories.SelectMany(s => s.MemberIds.Select(m => (m, s.Id))).ToDictionary(p => p.m, p => p.Id);

    private static void AssertMatchesGold(StoryClusterer clusterer)
    {
        var predicted = Predicted(clusterer);
        var stories = string.Join(" | ", clusterer.Stories.Select(s => string.Join(",", s.MemberIds)));
        Assert.True(ClusteringScore.Of(Gold(), predicted).BCubedF1 > 0.999, "stories: " + stories);
    }
}
