namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// One vocabulary (words, or entity keys) with incrementally updated document frequencies.
/// IDF is smoothed, <c>ln((N+1)/(df+1)) + 1</c>, so a term seen in every article still counts a little
/// and a term seen once early in a stream is not infinitely specific.
/// </summary>
internal sealed class TermSpace
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];

    public int Intern(string term)
    {
        if (!ids.TryGetValue(term, out int id))
        {
            id = documentFrequency.Count;
            ids[term] = id;
            documentFrequency.Add(0);
        }

        return id;
    }

    public void CountDocument(ReadOnlySpan<int> termIds)
    {
        foreach (int id in termIds)
        {
            documentFrequency[id]++;
        }
    }

    public double Idf(int id, int documents) => Math.Log((documents + 1.0) / (documentFrequency[id] + 1.0)) + 1.0;
}
