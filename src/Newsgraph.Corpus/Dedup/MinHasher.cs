using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Dedup;

/// <summary>
/// MinHash signatures over word shingles of the normalised text. Each of the k hash functions is the
/// shingle's 64-bit hash mixed with a fixed per-function seed; the signature keeps the lowest 32 bits
/// of each minimum (half the memory; a spurious 32-bit tie costs ~1e-9 of Jaccard).
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] seeds;
    private readonly int shingleWords;

    public MinHasher(int signatureLength, int shingleWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signatureLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        this.shingleWords = shingleWords;
        seeds = new ulong[signatureLength];
        for (int i = 0; i < seeds.Length; i++)
        {
            seeds[i] = StableHash.Mix(0x5EED0000UL + (ulong)i);
        }
    }

    public int SignatureLength => seeds.Length;

    /// <summary>Hashes of every word of the normalised text (for counting and shingling).</summary>
    public static ulong[] WordHashes(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hashes = new ulong[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            hashes[i] = StableHash.Of(words[i]);
        }

        return hashes;
    }

    public uint[] Signature(ReadOnlySpan<ulong> wordHashes)
    {
        var mins = new ulong[seeds.Length];
        Array.Fill(mins, ulong.MaxValue);
        int count = Math.Max(1, wordHashes.Length - shingleWords + 1);
        for (int start = 0; start < count; start++)
        {
            ulong shingle = 0;
            int end = Math.Min(wordHashes.Length, start + shingleWords);
            for (int w = start; w < end; w++)
            {
                shingle = StableHash.Combine(shingle, wordHashes[w]);
            }

            for (int k = 0; k < seeds.Length; k++)
            {
                ulong h = StableHash.Mix(shingle ^ seeds[k]);
                if (h < mins[k])
                {
                    mins[k] = h;
                }
            }
        }

        var signature = new uint[seeds.Length];
        for (int k = 0; k < signature.Length; k++)
        {
            signature[k] = (uint)mins[k];
        }

        return signature;
    }

    /// <summary>Share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }
}
