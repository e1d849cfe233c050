namespace Newsgraph.Entities;

/// <summary>
/// Case-insensitive multi-token name lists per learnt kind (places, nationalities, organisations).
/// Each token gets a bit per (kind, BILU position) of every list entry covering it; the tagger
/// learns how far to trust them together with capitalisation.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest entry, in tokens, that is matched; longer names are dropped when building.</summary>
    public const int MaxTokens = 6;

    private readonly Dictionary<ulong, byte> _kindMaskByEntry;

    public Gazetteer(IReadOnlyList<(string Entry, int KindIndex)> entries)
    {
        Entries = entries;
        _kindMaskByEntry = new Dictionary<ulong, byte>(entries.Count);
        foreach (var (entry, kindIndex) in entries)
        {
            string[] parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > MaxTokens)
            {
                continue;
            }

            ulong hash = 0;
            foreach (string part in parts)
            {
                hash = Combine(hash, FeatureHash.OfLower(part));
            }

            _kindMaskByEntry[hash] = (byte)(_kindMaskByEntry.GetValueOrDefault(hash) | (1 << kindIndex));
        }
    }

    public IReadOnlyList<(string Entry, int KindIndex)> Entries { get; }

    /// <summary>Fills <paramref name="flags"/> (one per token) with bit kindIndex*4+position for each covering entry.</summary>
    public void Mark(ReadOnlySpan<ulong> lowerHashes, Span<ushort> flags)
    {
        flags.Clear();
        for (int start = 0; start < lowerHashes.Length; start++)
        {
            ulong hash = 0;
            int maxLength = Math.Min(MaxTokens, lowerHashes.Length - start);
            for (int length = 1; length <= maxLength; length++)
            {
                hash = Combine(hash, lowerHashes[start + length - 1]);
                if (!_kindMaskByEntry.TryGetValue(hash, out byte mask))
                {
                    continue;
                }

                for (int kind = 0; kind < 4; kind++)
                {
                    if ((mask & (1 << kind)) == 0)
                    {
                        continue;
                    }

                    if (length == 1)
                    {
                        flags[start] |= (ushort)(1 << ((kind * 4) + BilouLabels.Unit));
                        continue;
                    }

                    flags[start] |= (ushort)(1 << ((kind * 4) + BilouLabels.Begin));
                    for (int i = start + 1; i < start + length - 1; i++)
                    {
                        flags[i] |= (ushort)(1 << ((kind * 4) + BilouLabels.Inside));
                    }

                    flags[start + length - 1] |= (ushort)(1 << ((kind * 4) + BilouLabels.Last));
                }
            }
        }
    }

    private static ulong Combine(ulong hash, ulong tokenHash) => ((hash ^ tokenHash) * 1099511628211UL) + 0x9E3779B97F4A7C15UL;
}
