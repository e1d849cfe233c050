using Newsgraph.Corpus.Clustering;

namespace Newsgraph.Corpus.Tests.Clustering;

public sealed class ClusteringScoreTests
{
    [Fact]
    public void Matches_hand_computed_bcubed_and_pairwise_figures()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "y" };
        var predicted = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2", ["d"] = "2" };
        var score = ClusteringScore.Of(gold, predicted);

        // B-cubed precision: a, b 2/2; c, d 1/2 → 0.75. Recall: a, b 2/3; c 1/3; d 1/1 → 2/3.
        Assert.Equal(0.75, score.BCubedPrecision, 6);
        Assert.Equal(2.0 / 3, score.BCubedRecall, 6);

        // Pairs: predicted {ab, cd}, gold {ab, ac, bc}; one true pair.
        Assert.Equal(0.5, score.PairPrecision, 6);
        Assert.Equal(1.0 / 3, score.PairRecall, 6);
    }

    [Fact]
    public void Missing_predictions_count_as_singletons()
    {
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x" };
        var score = ClusteringScore.Of(gold, new Dictionary<string, string>());
        Assert.Equal(1.0, score.BCubedPrecision, 6);
        Assert.Equal(0.5, score.BCubedRecall, 6);
    }
}
