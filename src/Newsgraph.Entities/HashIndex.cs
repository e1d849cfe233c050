using System.Numerics;
using System.Runtime.InteropServices;

namespace Newsgraph.Entities;

/// <summary>
/// A read-only open-addressing map from (already well-mixed) hash keys to their position in the
/// key array it was built from. Built with one pass and two arrays, so a model loads without a
/// per-entry allocation; key and value share a slot so a look-up touches one cache line.
/// </summary>
internal sealed class HashIndex<TKey>
    where TKey : unmanaged, IBinaryInteger<TKey>
{
    /// <summary>At most half the slots are used: short probe runs at a few MB for the largest table.</summary>
    private const int SlotsPerKey = 2;

    private readonly Slot[] _slots;
    private readonly int _shift;

    public HashIndex(ReadOnlySpan<TKey> keys)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * SlotsPerKey));
        _slots = new Slot[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        for (int i = 0; i < keys.Length; i++)
        {
            int at = Home(keys[i]);
            while (_slots[at].Position != 0 && _slots[at].Key != keys[i])
            {
                at = (at + 1) & (_slots.Length - 1);
            }

            _slots[at] = new Slot { Key = keys[i], Position = i + 1 };
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The position of <paramref name="key"/> in the keys given, or -1.</summary>
    public int Find(TKey key)
    {
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
        int mask = _slots.Length - 1;
        for (int at = Home(key); ; at = (at + 1) & mask)
        {
            ref Slot slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref first, at);
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

    // Fibonacci hashing: the keys are hashes already, but multiplying spreads any low-bit bias.
    private int Home(TKey key) => (int)((ulong.CreateTruncating(key) * 0x9E3779B97F4A7C15UL) >> _shift);

    private struct Slot
    {
        public TKey Key;

        /// <summary>Position + 1; 0 marks an empty slot.</summary>
        public int Position;
    }
}
