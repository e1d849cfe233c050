using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Newsgraph.Core.Models;

/// <summary>
/// A read-only open-addressing map from (already well-mixed) 64-bit hash keys to their position in
/// the key array it was built from. Built with one pass and one array, so a model loads without a
/// per-entry allocation; key and value share a slot so a look-up touches one cache line. Not generic
/// on purpose: ReadyToRun precompiles it, where a generic-math version was left to the JIT at start-up
/// (tier-0 code building a 500k-entry index is several times slower than the precompiled loop).
/// </summary>
public sealed class HashIndex
{
    /// <summary>
    /// Used slots per slot at most. Why not a power of two at most half full: rounding up left tables
    /// a quarter used, and on a virtual machine each fresh 4 KB page costs ~17 µs to fault in, so the
    /// table's size, not its inserts, was most of a model's cold load (the NER row table: 143 of 230 ms).
    /// At 0.6 a miss walks ~3.6 slots of 16 bytes on average: one or two adjacent cache lines.
    /// </summary>
    private const double LoadFactor = 0.6;

    private readonly Slot[] _slots;

    /// <summary>Indexes <paramref name="keys"/> (distinct; a repeated key keeps its last position).</summary>
    public HashIndex(ReadOnlySpan<ulong> keys)
        : this(keys.Length)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            Insert(keys[i], i);
        }
    }

    /// <summary>Indexes 32-bit keys (widened; the table is the same).</summary>
    public HashIndex(ReadOnlySpan<uint> keys)
        : this(keys.Length)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            Insert(keys[i], i);
        }
    }

    private HashIndex(int count)
    {
        _slots = new Slot[Math.Max(16, (int)Math.Ceiling(count / LoadFactor))];
        Count = count;
    }

    public int Count { get; }

    /// <summary>The position of <paramref name="key"/> in the keys given, or -1.</summary>
    public int Find(ulong key)
    {
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        int length = _slots.Length;
        for (int at = Home(key); ; at = at + 1 == length ? 0 : at + 1)
        {
            ref Slot slot = ref Unsafe.Add(ref first, at);
            if (slot.Position == 0)
            {
                return -1;
            }

            if (slot.Key == key)
            {
                return slot.Position - 1;
            }
        }
    }

    private void Insert(ulong key, int position)
    {
        int at = Home(key);
        while (_slots[at].Position != 0 && _slots[at].Key != key)
        {
            at = at + 1 == _slots.Length ? 0 : at + 1;
        }

        _slots[at] = new Slot { Key = key, Position = position + 1 };
    }

    // Fibonacci hashing: the keys are hashes already, but multiplying spreads any low-bit bias; the
    // product's high 32 bits are scaled onto the table's length (no power of two needed).
    private int Home(ulong key) => (int)((((key * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)_slots.Length) >> 32);

    private struct Slot
    {
        public ulong Key;

        /// <summary>Position + 1; 0 marks an empty slot.</summary>
        public int Position;
    }
}
