namespace Newsgraph.Corpus.Clustering;

/// <summary>An article's terms in one space: ids and term-frequency weights, either sublinear
/// (1 + ln tf) or tf raised to a power. Immutable: the clusterer keeps its own cache of the
/// strongest terms.</summary>
internal sealed record SparseTerms(int[] Ids, float[] Weights)
{
    public static SparseTerms From(Dictionary<string, int> counts, TermSpace space, double? power = null)
    {
        var ids = new int[counts.Count];
        var weights = new float[counts.Count];
        int i = 0;
        foreach (var (term, count) in counts)
        {
            ids[i] = space.Intern(term);
            weights[i] = (float)(power is double p ? Math.Pow(count, p) : 1.0 + Math.Log(count));
            i++;
        }

        Array.Sort(ids, weights);
        return new SparseTerms(ids, weights);
    }
}
