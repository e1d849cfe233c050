namespace Newsgraph.Corpus.Text;

/// <summary>
/// 64-bit hashes that are the same in every process and on every machine (string.GetHashCode is
/// randomised per process), so signatures and content hashes can be stored and compared later.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over UTF-16 code units, finished with a SplitMix64 mix so nearby strings spread.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    /// <summary>Combines a running hash with the next one (order matters).</summary>
    public static ulong Combine(ulong seed, ulong value) => Mix(seed ^ (value + 0x9E3779B97F4A7C15UL + (seed << 6) + (seed >> 2)));

    /// <summary>SplitMix64 finaliser: a cheap bijective scramble of 64 bits.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
