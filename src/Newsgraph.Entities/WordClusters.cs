using Newsgraph.Core.Models;

namespace Newsgraph.Entities;

/// <summary>
/// Distributional word classes the trainer computes from unlabeled text (lower-cased words that
/// occur in similar contexts share a class): a fine class and the coarse class it falls in. They let
/// the tagger generalise from "Lagos" to an unseen city and from "Sanchez" to an unseen surname.
/// Class 0 means "not in the vocabulary". Held as a table of lower-case word hashes (what the model
/// file stores), each with its classes packed as coarse &lt;&lt; 16 | fine.
/// </summary>
internal sealed class WordClusters
{
    public const int Unknown = 0;

    private readonly ulong[] _keys;
    private readonly uint[] _packed;
    private readonly HashIndex _index;

    /// <summary>The table as stored: sorted lower-case word hashes and their packed classes.</summary>
    public WordClusters(ulong[] keys, uint[] packed)
    {
        if (keys.Length != packed.Length)
        {
            throw new ArgumentException("one class pair per key", nameof(packed));
        }

        _keys = keys;
        _packed = packed;
        _index = new HashIndex(keys);
    }

    /// <summary>Builds the table from words and their classes (a later duplicate word wins).</summary>
    public WordClusters(IEnumerable<(string Word, int Coarse, int Fine)> entries)
        : this(Build(entries))
    {
    }

    private WordClusters((ulong[] Keys, uint[] Packed) table)
        : this(table.Keys, table.Packed)
    {
    }

    public ReadOnlySpan<ulong> Keys => _keys;

    public ReadOnlySpan<uint> Packed => _packed;

    /// <summary>The coarse and fine class of a word given by its lower-case hash (<see cref="FeatureHash.OfLower"/>).</summary>
    public (int Coarse, int Fine) Of(ulong lowerHash)
    {
        int at = _index.Find(lowerHash);
        if (at < 0)
        {
            return (Unknown, Unknown);
        }

        uint packed = _packed[at];
        return ((int)(packed >> 16), (int)(packed & 0xFFFF));
    }

    private static (ulong[] Keys, uint[] Packed) Build(IEnumerable<(string Word, int Coarse, int Fine)> entries)
    {
        var packedByLower = new Dictionary<ulong, uint>();
        foreach (var (word, coarse, fine) in entries)
        {
            packedByLower[FeatureHash.OfLower(word)] = ((uint)coarse << 16) | (uint)fine;
        }

        ulong[] keys = [.. packedByLower.Keys.Order()];
        return (keys, [.. keys.Select(k => packedByLower[k])]);
    }
}
