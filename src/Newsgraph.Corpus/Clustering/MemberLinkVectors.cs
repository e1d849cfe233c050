namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// A story's recent members (<see cref="StoryClusterSettings.MemberLinkSample"/>) as the sums of their
/// IDF-weighted unit vectors per space, with their days. The mean cosine over every pair of members of
/// two stories is the dot product of their sums divided by both member counts, so average link between
/// two stories costs one sparse dot product per space instead of one cosine per member pair.
/// </summary>
internal sealed record MemberLinkVectors(
    int[] WordIds, double[] WordSums, int[] EntityIds, double[] EntitySums, int?[] Days, int Count, int At)
{
    /// <summary>Dot product of two sparse vectors whose ids are sorted ascending.</summary>
    public static double Dot(int[] idsA, double[] a, int[] idsB, double[] b)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < idsA.Length && j < idsB.Length)
        {
            int x = idsA[i], y = idsB[j];
            if (x == y)
            {
                dot += a[i] * b[j];
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }
}
