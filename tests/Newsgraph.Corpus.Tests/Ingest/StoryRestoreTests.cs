using System.Globalization;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Tests.Store;

namespace Newsgraph.Corpus.Tests.Ingest;

/// <summary>
/// A run restores the story clusterer only with the stored stories its articles can join (active
/// within the activity window of the newest stories, or touched by the latest stored articles), not
/// with every member of every story: the cost of a run's start must not grow with the corpus.
/// </summary>
public sealed class StoryRestoreTests
{
    private static readonly string[] Towns = ["Arden", "Belmont", "Carrow", "Dunmore", "Elston", "Farley", "Glenwood", "Harwick", "Ivydale", "Jessop"];
    private static readonly string[] Topics = ["a ferry strike", "a hospital wing", "a flood barrier", "a school merger", "a rail tunnel", "a water tariff"];

    private static readonly string[] Filler = [.. Enumerable.Range(0, 300).Select(n => "w" + n.ToString(CultureInfo.InvariantCulture))];

    private static PreExtractedArticle Item(string id, int i, string published, int? seed = null)
    {
        string town = Towns[i % Towns.Length];
        string topic = Topics[i / Towns.Length % Topics.Length];
        // words of its own, so no two items are near-duplicates (a copy takes its original's story)
        var random = new Random(seed ?? i);
        string own = string.Join(' ', Enumerable.Range(0, 40).Select(_ => Filler[random.Next(Filler.Length)]));
        string text = $"{own}. Officials in {town} met on Monday to discuss {topic}, the {town} council said. "
            + $"Mayor {town} Quill said talks about {topic} would continue next week, and residents of {town} "
            + $"asked for a public hearing. A report on {topic} is due in {10 + i} days, item {i.ToString(CultureInfo.InvariantCulture)}.";
        return TestCorpus.Article(id, text, $"{town} talks on {topic}", published);
    }

    [Fact]
    public async Task A_later_run_over_a_large_corpus_reads_no_old_story_back()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        var options = new IngestOptions { Workers = 2, BatchSize = 8, RestoreRecentArticles = 10 };
        var old = Enumerable.Range(0, 60).Select(i => Item("old-" + i, i, "2020-03-" + (1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture))).ToArray();
        var recent = Enumerable.Range(60, 30).Select(i => Item("recent-" + i, i, "2023-09-" + (1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture))).ToArray();
        await new IngestRunner(store, TestCorpus.Analyzer(), options).RunAsync([new ListSource(old)]);
        await new IngestRunner(store, TestCorpus.Analyzer(), options).RunAsync([new ListSource(recent)]);
        var storyOf = store.Export(null, default).ToDictionary(a => a.Id, a => a.StoryId);
        Assert.All(old, a => Assert.NotNull(storyOf[a.Id]));
        Assert.DoesNotContain(storyOf.Keys.Where(id => id.StartsWith("old-", StringComparison.Ordinal)).Select(id => storyOf[id]),
            s => recent.Any(r => storyOf[r.Id] == s)); // the two eras share no story (the windows below rely on it)

        // a run of this month's news: the recent stories are restored, the 2020 ones are not read
        var counting = new CountingStore(store);
        var counts = await new IngestRunner(counting, TestCorpus.Analyzer(), options)
            .RunAsync([new ListSource(Item("now-1", 61, "2023-09-29"), Item("now-2", 75, "2023-09-30"))]);
        Assert.Equal(2, counts.Ingested);
        Assert.NotEmpty(counting.ClusteredIdsRead);
        Assert.DoesNotContain(counting.ClusteredIdsRead, id => id.StartsWith("old-", StringComparison.Ordinal));

        // an article of 2020 (an archive loaded later) widens the window to the stories it can join
        // and joins the one it belongs to instead of opening a new one
        counting = new CountingStore(store);
        var archived = Item("archived", 3, "2020-03-20", seed: 1003);
        await new IngestRunner(counting, TestCorpus.Analyzer(), options).RunAsync([new ListSource(archived)]);
        Assert.Contains(counting.ClusteredIdsRead, id => id.StartsWith("old-", StringComparison.Ordinal));
        var after = store.Export(null, default).ToDictionary(a => a.Id, a => a.StoryId);
        Assert.Contains(old, a => after[a.Id] == after["archived"]);
    }
}
