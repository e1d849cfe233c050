using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Tests.Ingest;

public sealed class CorpusIndexesTests
{
    [Fact]
    public void A_failed_batch_leaves_only_committed_articles_queued_for_reclustering()
    {
        var indexes = new CorpusIndexes(new IngestOptions { ReclusterEvery = 1000 });
        indexes.AddToStory("stored-1", "Talks on the arms treaty resumed in Geneva on Monday.", "Arms talks resume", "2023-09-04", []);
        indexes.Committed(1);
        indexes.AddToStory("rolled-back-1", "The central bank raised its rate by half a point.", "Rates rise", "2023-09-05", []);
        indexes.AddToStory("rolled-back-2", "Flooding closed the coastal road for a second day.", "Floods", "2023-09-05", []);

        indexes.Reset(); // the batch holding the last two failed and rolled back

        Assert.Equal(["stored-1"], indexes.PendingRecluster);
        Assert.True(indexes.ReclusterDue(endOfRun: true));

        indexes.AddToStory("stored-2", "The treaty talks ended without a deal.", "Talks end", "2023-09-06", []);
        indexes.Committed(2);
        indexes.Reclustered();
        indexes.Reset();
        Assert.Empty(indexes.PendingRecluster);
        Assert.False(indexes.ReclusterDue(endOfRun: true));
    }
}
