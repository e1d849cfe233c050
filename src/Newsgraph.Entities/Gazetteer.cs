using Newsgraph.Core.Models;

namespace Newsgraph.Entities;

/// <summary>
/// Case-insensitive multi-token name lists per learnt kind (places, nationalities, organisations).
/// Each token gets a bit per (kind, BILU position) of every list entry covering it; the tagger
/// learns how far to trust them together with capitalisation. Held as a table of token-sequence
/// hashes (what the model file stores), each with its kind bits and whether a longer entry starts
/// with it, so matching stops at the first sequence no entry begins with.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest entry, in tokens, that is matched; longer names are dropped when building.</summary>
    public const int MaxTokens = 6;

    /// <summary>Value bit saying "a longer entry begins with this sequence" (bits 0-3 are the kinds).</summary>
    private const byte ContinuesBit = 0x80;

    private readonly ulong[] _keys;
    private readonly byte[] _values;
    private readonly HashIndex _index;

    /// <summary>The table as stored: sorted sequence hashes and their kind/continuation bits.</summary>
    public Gazetteer(ulong[] keys, byte[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("one value per key", nameof(values));
        }

        _keys = keys;
        _values = values;
        _index = new HashIndex(keys);
    }

    /// <summary>Builds the table from name list entries (kind index per entry).</summary>
    public Gazetteer(IEnumerable<(string Entry, int KindIndex)> entries)
        : this(Build(entries))
    {
    }

    private Gazetteer((ulong[] Keys, byte[] Values) table)
        : this(table.Keys, table.Values)
    {
    }

    public ReadOnlySpan<ulong> Keys => _keys;

    public ReadOnlySpan<byte> Values => _values;

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
                int at = _index.Find(hash);
                if (at < 0)
                {
                    break;
                }

                byte value = _values[at];
                for (int kind = 0; kind < 4; kind++)
                {
                    if ((value & (1 << kind)) == 0)
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

                if ((value & ContinuesBit) == 0)
                {
                    break;
                }
            }
        }
    }

    private static (ulong[] Keys, byte[] Values) Build(IEnumerable<(string Entry, int KindIndex)> entries)
    {
        var valueByHash = new Dictionary<ulong, byte>();
        foreach (var (entry, kindIndex) in entries)
        {
            string[] parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > MaxTokens)
            {
                continue;
            }

            ulong hash = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                hash = Combine(hash, FeatureHash.OfLower(parts[i]));
                byte bit = i == parts.Length - 1 ? (byte)(1 << kindIndex) : ContinuesBit;
                valueByHash[hash] = (byte)(valueByHash.GetValueOrDefault(hash) | bit);
            }
        }

        ulong[] keys = [.. valueByHash.Keys.Order()];
        return (keys, [.. keys.Select(k => valueByHash[k])]);
    }

    private static ulong Combine(ulong hash, ulong tokenHash) => ((hash ^ tokenHash) * 1099511628211UL) + 0x9E3779B97F4A7C15UL;
}
