namespace Newsgraph.Training;

/// <summary>Deterministic seeded document-level hold-out for corpora without an official dev split.</summary>
internal static class HeldOutSplit
{
    public static (List<NerSentence> Train, List<NerSentence> Dev) ByDocument(IEnumerable<NerSentence> sentences, int seed, double devShare)
    {
        var train = new List<NerSentence>();
        var dev = new List<NerSentence>();
        foreach (var sentence in sentences)
        {
            (IsHeldOut(sentence.Document, seed, devShare) ? dev : train).Add(sentence);
        }

        return (train, dev);
    }

    public static bool IsHeldOut(string document, int seed, double devShare) => (Hash(document, seed) % 10_000) < devShare * 10_000;

    /// <summary>The cross-validation fold (0 .. <paramref name="folds"/> - 1) of a document: the same stable hash, cut into equal ranges.</summary>
    public static int Fold(string document, int seed, int folds) => (int)(Hash(document, seed) % 10_000 * (ulong)folds / 10_000);

    private static ulong Hash(string document, int seed)
    {
        // A stable hash (string.GetHashCode is randomised per process).
        ulong hash = 14695981039346656037UL ^ (ulong)seed;
        foreach (char c in document)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
