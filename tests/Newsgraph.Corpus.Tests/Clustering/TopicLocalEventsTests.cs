using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Tests.Clustering;

public sealed class TopicLocalEventsTests
{
    // term ids: 0-2 shared by the whole topic (the kind of event, the main actor); 10-12 only the
    // first event's (the other club, its day); 20-22 only the second's
    private static readonly StoryClusterSettings Split = StoryClusterSettings.Default with
    {
        TopicLinkThreshold = 0.1,
        EventSplitRatio = 0.4,
        EventSplitMinArticles = 3,
    };

    [Fact]
    public void A_story_of_two_events_sharing_the_topic_terms_is_split()
    {
        var members = Event(10, 4).Concat(Event(20, 4)).ToArray();
        int[] labels = TopicLocalEvents.Cluster(members, new int[members.Length], Split, NoTime);

        Assert.Equal(2, labels.Distinct().Count());
        Assert.Single(labels.Take(4).Distinct());
        Assert.Single(labels.Skip(4).Distinct());
    }

    [Fact]
    public void A_story_of_one_event_stays_whole()
    {
        var members = Event(10, 8).ToArray();
        int[] labels = TopicLocalEvents.Cluster(members, new int[members.Length], Split, NoTime);

        Assert.Single(labels.Distinct());
    }

    [Fact]
    public void Camps_smaller_than_the_minimum_are_not_split_off()
    {
        var members = Event(10, 6).Concat(Event(20, 2)).ToArray();
        int[] labels = TopicLocalEvents.Cluster(members, new int[members.Length], Split, NoTime);

        Assert.Single(labels.Distinct());
    }

    [Fact]
    public void Stories_of_a_group_keep_their_own_labels()
    {
        var members = Event(10, 4).Concat(Event(20, 4)).ToArray();
        int[] stories = [0, 0, 0, 0, 1, 1, 1, 1];
        int[] labels = TopicLocalEvents.Cluster(members, stories, Split, NoTime);

        Assert.Equal(2, labels.Distinct().Count());
        Assert.NotEqual(labels[0], labels[4]);
    }

    [Fact]
    public void Odd_articles_set_aside_do_not_hide_the_cut_between_two_events()
    {
        var members = Event(10, 4).Concat(Event(20, 4)).Concat(Odd(2)).ToArray();
        var settings = Split with { EventSplitMaxOutlierClusters = 2, EventSplitRefinePasses = 3 };
        int[] labels = TopicLocalEvents.Cluster(members, new int[members.Length], settings, NoTime);

        Assert.Equal(2, labels.Distinct().Count());
        Assert.Single(labels.Take(4).Distinct());
        Assert.Single(labels.Skip(4).Take(4).Distinct());
        Assert.NotEqual(labels[0], labels[4]);
    }

    private static double NoTime(int? a, int? b) => 0;

    /// <summary>Articles with only the topic's terms and one of their own: a background piece that
    /// links weakly to both events.</summary>
    private static IEnumerable<TopicLocalEvents.Member> Odd(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return new TopicLocalEvents.Member([0, 1, 2, 500 + i], [2, 2, 2, 3], [0, 600 + i], [1, 3], null);
        }
    }

    /// <summary><paramref name="count"/> articles with the topic's terms and their event's, each
    /// also naming one term of its own (so no two articles are identical).</summary>
    private static IEnumerable<TopicLocalEvents.Member> Event(int first, int count)
    {
        for (int i = 0; i < count; i++)
        {
            int[] words = [0, 1, 2, first, first + 1, first + 2, 100 + first + i];
            double[] weights = [2, 2, 2, 1.5, 1.5, 1.5, 1];
            yield return new TopicLocalEvents.Member(words, weights, [0, first], [1, 3], null);
        }
    }
}
