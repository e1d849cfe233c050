namespace Newsgraph.Entities;

/// <summary>
/// Distributional word classes the trainer computes from unlabeled text (lower-cased words that
/// occur in similar contexts share a class): a fine class and the coarse class it falls in. They let
/// the tagger generalise from "Lagos" to an unseen city and from "Sanchez" to an unseen surname.
/// Class 0 means "not in the vocabulary".
/// </summary>
internal sealed class WordClusters
{
    public const int Unknown = 0;

    private readonly Dictionary<ulong, uint> _packedByLower;

    public WordClusters(IReadOnlyList<(string Word, int Coarse, int Fine)> entries)
    {
        Entries = entries;
        _packedByLower = new Dictionary<ulong, uint>(entries.Count);
        foreach (var (word, coarse, fine) in entries)
        {
            _packedByLower[FeatureHash.OfLower(word)] = ((uint)coarse << 16) | (uint)fine;
        }
    }

    public IReadOnlyList<(string Word, int Coarse, int Fine)> Entries { get; }

    /// <summary>The coarse and fine class of a word given by its lower-case hash (<see cref="FeatureHash.OfLower"/>).</summary>
    public (int Coarse, int Fine) Of(ulong lowerHash) =>
        _packedByLower.TryGetValue(lowerHash, out uint packed) ? ((int)(packed >> 16), (int)(packed & 0xFFFF)) : (Unknown, Unknown);
}
