using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    /// <summary>Hashes of every word of the normalised text (for counting and shingling): the words
    /// are the runs between single spaces (<see cref="TextNormalizer"/>), hashed in place.</summary>
    public static ulong[] WordHashes(string normalized)
    {
        var text = normalized.AsSpan();
        int count = 0;
        foreach (var range in text.Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                count++;
            }
        }

        var hashes = new ulong[count];
        int i = 0;
        foreach (var range in text.Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                hashes[i++] = StableHash.Of(text[range]);
            }
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

            Minimise(shingle, mins);
        }

        var signature = new uint[seeds.Length];
        for (int k = 0; k < signature.Length; k++)
        {
            signature[k] = (uint)mins[k];
        }

        return signature;
    }

    /// <summary>Lowers each function's minimum to the shingle's hash under it where that is smaller.
    /// Vectorised (the same integer arithmetic, so the same signature): this loop is most of a
    /// fingerprint's cost, one SplitMix64 per word per function.</summary>
    private void Minimise(ulong shingle, ulong[] mins)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var x = Vector256.Create(shingle);
            var m1 = Vector256.Create(0xBF58476D1CE4E5B9UL);
            var m2 = Vector256.Create(0x94D049BB133111EBUL);
            ref ulong seed = ref MemoryMarshal.GetArrayDataReference(seeds);
            ref ulong min = ref MemoryMarshal.GetArrayDataReference(mins);
            for (; k <= seeds.Length - Vector256<ulong>.Count; k += Vector256<ulong>.Count)
            {
                var z = x ^ Vector256.LoadUnsafe(ref seed, (nuint)k);
                z = (z ^ Vector256.ShiftRightLogical(z, 30)) * m1;
                z = (z ^ Vector256.ShiftRightLogical(z, 27)) * m2;
                z ^= Vector256.ShiftRightLogical(z, 31);
                Vector256.Min(z, Vector256.LoadUnsafe(ref min, (nuint)k)).StoreUnsafe(ref min, (nuint)k);
            }
        }

        for (; k < seeds.Length; k++)
        {
            ulong h = StableHash.Mix(shingle ^ seeds[k]);
            if (h < mins[k])
            {
                mins[k] = h;
            }
        }
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
