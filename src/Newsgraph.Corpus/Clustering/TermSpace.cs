namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// One vocabulary (words, or entity keys) with incrementally updated document frequencies.
/// IDF is smoothed, <c>ln((N+1)/(df+1)) + 1</c>, so a term seen in every article still counts a little
/// and a term seen once early in a stream is not infinitely specific. Each term's IDF is cached and
/// recomputed only when its frequency changes or the collection has grown by
/// <see cref="IdfRefreshGrowth"/> since, which keeps scoring free of logarithms.
/// </summary>
internal sealed class TermSpace
{
    /// <summary>A 2% larger collection moves an IDF by at most ln(1.02) ≈ 0.02 — far below what
    /// separates a specific term from a common one.</summary>
    private const double IdfRefreshGrowth = 0.02;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];
    private readonly List<double> cachedIdf = [];
    private readonly List<int> cachedAt = [];
    private readonly List<bool> figure = [];

    /// <summary>Prefix of the figure keys of the entity space (<see cref="CapitalisedNameKeys"/>).</summary>
    private const string FigurePrefix = "n:";

    public int Intern(string term)
    {
        if (!ids.TryGetValue(term, out int id))
        {
            id = documentFrequency.Count;
            ids[term] = id;
            documentFrequency.Add(0);
            cachedIdf.Add(0);
            cachedAt.Add(-1);
            figure.Add(term.StartsWith(FigurePrefix, StringComparison.Ordinal));
        }

        return id;
    }

    /// <summary>True when the term is a figure key (<c>n:6.1</c>).</summary>
    public bool IsFigure(int id) => figure[id];

    public void CountDocument(ReadOnlySpan<int> termIds)
    {
        foreach (int id in termIds)
        {
            documentFrequency[id]++;
            cachedAt[id] = -1;
        }
    }

    /// <summary>Drops every cached IDF, so the next lookups use exactly the current collection size
    /// whatever the history of additions was.</summary>
    public void ForgetCachedIdf()
    {
        for (int i = 0; i < cachedAt.Count; i++)
        {
            cachedAt[i] = -1;
        }
    }

    public double Idf(int id, int documents)
    {
        int at = cachedAt[id];
        if (at >= 0 && documents <= at + (at * IdfRefreshGrowth))
        {
            return cachedIdf[id];
        }

        double idf = Math.Log((documents + 1.0) / (documentFrequency[id] + 1.0)) + 1.0;
        cachedIdf[id] = idf;
        cachedAt[id] = documents;
        return idf;
    }
}
