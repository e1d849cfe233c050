namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// B-cubed and pairwise precision/recall/F1 of a clustering against gold labels, computed as
/// shared/bench/clustering/score.py does (articles missing from the prediction are singletons).
/// </summary>
public sealed record ClusteringScore(double BCubedPrecision, double BCubedRecall, double PairPrecision, double PairRecall)
{
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    public double PairF1 => F1(PairPrecision, PairRecall);

    public static ClusteringScore Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count == 0)
        {
            return new ClusteringScore(0, 0, 0, 0);
        }

        string Pred(string id) => predicted.TryGetValue(id, out var p) ? "p:" + p : "singleton:" + id;
        var goldSize = gold.GroupBy(kv => kv.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var predSize = gold.Keys.GroupBy(Pred, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var both = gold.Keys.GroupBy(id => (gold[id], Pred(id))).ToDictionary(g => g.Key, g => g.Count());

        double bp = 0, br = 0;
        foreach (var id in gold.Keys)
        {
            int overlap = both[(gold[id], Pred(id))];
            bp += (double)overlap / predSize[Pred(id)];
            br += (double)overlap / goldSize[gold[id]];
        }

        static long Pairs(long n) => n * (n - 1) / 2;
        long tp = both.Values.Sum(n => Pairs(n));
        long predictedPairs = predSize.Values.Sum(n => Pairs(n));
        long goldPairs = goldSize.Values.Sum(n => Pairs(n));
        return new ClusteringScore(
            bp / gold.Count,
            br / gold.Count,
            predictedPairs == 0 ? 0 : (double)tp / predictedPairs,
            goldPairs == 0 ? 0 : (double)tp / goldPairs);
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
