using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Tests.Clustering;

public sealed class StoryReclusterTests
{
    [Fact]
    public void Restore_holds_the_stored_memberships_and_new_stories_get_unused_ids()
    {
        var clusterer = new StoryClusterer();
        var quakeA = MiniArticles.All.Where(a => a.Story == "quake-a").ToArray();
        foreach (var a in quakeA)
        {
            Assert.Equal("story-7", clusterer.Restore(MiniArticles.Article(a), "story-7"));
        }

        // stored under one story even though the scorer would split them: the store decides
        clusterer.Restore(MiniArticles.Article(MiniArticles.All.First(a => a.Story == "rehab-b")), "story-7");
        Assert.Equal(4, Assert.Single(clusterer.Stories).MemberIds.Count);

        string opened = clusterer.Add(MiniArticles.Article(MiniArticles.All.First(a => a.Story == "quake-b")));
        Assert.NotEqual("story-7", opened);
        Assert.Equal("story-8", opened);
    }

    [Fact]
    public void Windowed_recluster_returns_the_moves_it_made_and_a_second_run_makes_none()
    {
        var clusterer = new StoryClusterer();
        // a wrong stored state: every article in one story
        foreach (var a in MiniArticles.All)
        {
            clusterer.Restore(MiniArticles.Article(a), "story-1");
        }

        var ids = MiniArticles.All.Select(a => a.Id).ToArray();
        var moves = clusterer.Recluster(ids);

        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.Equal(m.ToStoryId, clusterer.StoryOf(m.ArticleId)));
        Assert.All(moves, m => Assert.Equal("story-1", m.FromStoryId));
        Assert.Equal(4, clusterer.Stories.Count);
        Assert.Contains(clusterer.Stories, s => s.Id == "story-1"); // the largest part keeps the id
        Assert.Empty(clusterer.Recluster(ids));
    }

    [Fact]
    public void A_story_whose_members_stay_together_keeps_its_id()
    {
        var clusterer = new StoryClusterer();
        foreach (var a in MiniArticles.All)
        {
            clusterer.Add(MiniArticles.Article(a));
        }

        var before = clusterer.Stories.ToDictionary(s => string.Join(",", s.MemberIds.Order(StringComparer.Ordinal)), s => s.Id);
        clusterer.Recluster();

        foreach (var story in clusterer.Stories)
        {
            if (before.TryGetValue(string.Join(",", story.MemberIds.Order(StringComparer.Ordinal)), out string? id))
            {
                Assert.Equal(id, story.Id);
            }
        }
    }

    [Fact]
    public void A_window_leaves_stories_the_new_articles_cannot_reach_alone()
    {
        var clusterer = new StoryClusterer();
        foreach (var a in MiniArticles.All.Where(a => a.Story.StartsWith("rehab", StringComparison.Ordinal)))
        {
            clusterer.Restore(MiniArticles.Article(a), "story-rehab"); // wrong, but outside the window
        }

        foreach (var a in MiniArticles.All.Where(a => a.Story.StartsWith("quake", StringComparison.Ordinal)))
        {
            clusterer.Add(MiniArticles.Article(a));
        }

        var moves = clusterer.Recluster(["quake-a1", "quake-b1"]);

        Assert.DoesNotContain(moves, m => m.ArticleId.StartsWith("rehab", StringComparison.Ordinal));
        Assert.Equal(4, clusterer.Stories.Single(s => s.Id == "story-rehab").MemberIds.Count);
    }

    [Fact]
    public void A_story_over_the_member_limit_stays_out_of_the_window()
    {
        // the wrong stored state of the test above, in a story larger than the limit: re-clustering
        // around its articles would re-score every member, so it is left as it is
        var clusterer = new StoryClusterer(StoryClusterSettings.Default with { MaxReclusterStoryMembers = MiniArticles.All.Length - 1 });
        foreach (var a in MiniArticles.All)
        {
            clusterer.Restore(MiniArticles.Article(a), "story-1");
        }

        Assert.Empty(clusterer.Recluster(MiniArticles.All.Select(a => a.Id).ToArray()));
        Assert.Equal(MiniArticles.All.Length, Assert.Single(clusterer.Stories).MemberIds.Count);

        // at the limit it is re-clustered as before
        var atLimit = new StoryClusterer(StoryClusterSettings.Default with { MaxReclusterStoryMembers = MiniArticles.All.Length });
        foreach (var a in MiniArticles.All)
        {
            atLimit.Restore(MiniArticles.Article(a), "story-1");
        }

        Assert.NotEmpty(atLimit.Recluster(MiniArticles.All.Select(a => a.Id).ToArray()));
    }
}
