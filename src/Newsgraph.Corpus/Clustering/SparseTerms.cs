namespace Newsgraph.Corpus.Clustering;

/// <summary>An article's terms in one space: ids and term-frequency weights, either sublinear
/// (1 + ln tf) or tf raised to a power.</summary>
internal sealed record SparseTerms(int[] Ids, float[] Weights)
{
    /// <summary>The clusterer's cache of the strongest terms, stamped with the collection size, IDF
    /// generation and count it was computed for.</summary>
    public ((int Documents, int Generation, int Count) Stamp, int[] Ids)? Top { get; set; }

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
