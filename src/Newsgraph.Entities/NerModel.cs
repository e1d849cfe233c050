using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Newsgraph.Entities;

/// <summary>
/// A loaded fast NER model: per hashed feature one int8 weight row (one weight per label) and its
/// float scale, plus the gazetteer and word classes. Rows stay int8 in memory (a quarter of the
/// cache footprint of floats); a weight is the float product row[label] * scale, exactly as the
/// quantised model was scored when it was written.
/// </summary>
internal sealed class NerModel : IRowScorer
{
    private readonly RowTable _table;
    private readonly Lazy<(uint[] Features, float[] Scales, sbyte[] Rows)> _sorted;

    /// <param name="features">Feature hashes, sorted ascending.</param>
    /// <param name="scales">One scale per feature.</param>
    /// <param name="rows"><see cref="RowTable.Labels"/> signed bytes per feature, row after row (zero beyond <paramref name="labels"/>).</param>
    /// <param name="labels">Labels the model scores: 17, or 21 with the MISC kind.</param>
    public NerModel(uint[] features, float[] scales, sbyte[] rows, Gazetteer gazetteer, WordClusters clusters, int labels)
        : this(RowTable.Build(features, scales, rows), gazetteer, clusters, labels)
    {
    }

    /// <summary>A model over a row table as stored (format 5: read in place, nothing filled at load).</summary>
    public NerModel(RowTable table, Gazetteer gazetteer, WordClusters clusters, int labels)
    {
        if (labels != BilouLabels.Count && labels != BilouLabels.TaggerCount)
        {
            throw new InvalidDataException($"Model has {labels} labels, this code reads {BilouLabels.Count} or {BilouLabels.TaggerCount}");
        }

        Labels = labels;
        _table = table;
        _sorted = new(table.ToSortedArrays, LazyThreadSafetyMode.ExecutionAndPublication);
        Gazetteer = gazetteer;
        Clusters = clusters;
        Features = new TokenFeatures(gazetteer, clusters);
    }

    /// <summary>Labels the model scores: <see cref="BilouLabels.Count"/>, or <see cref="BilouLabels.TaggerCount"/> with the MISC kind
    /// (a model without it has zero weights there, and the decoder never considers those labels).</summary>
    public int Labels { get; }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    public TokenFeatures Features { get; }

    public int FeatureCount => _table.Count;

    /// <summary>The row table's slots as they lie in memory (what format 5 stores).</summary>
    public ReadOnlySpan<RowTable.Slot> Slots => _table.Slots;

    /// <summary>Feature hashes, ascending (rebuilt from the table on first use: training and tests only).</summary>
    public ReadOnlySpan<uint> FeatureHashes => _sorted.Value.Features;

    public ReadOnlySpan<float> Scales => _sorted.Value.Scales;

    public ReadOnlySpan<sbyte> Rows => _sorted.Value.Rows;

    /// <summary>The same weights in a freshly built row table (at the current load factor): how an upgrade re-lays a stored table.</summary>
    public NerModel Rebuilt()
    {
        var (features, scales, rows) = _sorted.Value;
        return new NerModel(features, scales, rows, Gazetteer, Clusters, Labels);
    }

    /// <summary>Quantises float rows (one weight per label, 17 or 21) to int8 (scale = largest magnitude / 127); all-zero rows are dropped.</summary>
    public static NerModel Quantise(IReadOnlyDictionary<uint, float[]> rows, Gazetteer gazetteer, WordClusters clusters, int labels)
    {
        int stride = RowTable.Labels;
        var kept = rows.Where(r => r.Value.Any(w => w != 0)).OrderBy(r => r.Key).ToList();
        var features = new uint[kept.Count];
        var scales = new float[kept.Count];
        var quantised = new sbyte[kept.Count * stride];
        for (int i = 0; i < kept.Count; i++)
        {
            var (key, weights) = kept[i];
            features[i] = key;
            float max = weights.Max(Math.Abs);
            float scale = max / 127f;
            scales[i] = scale;
            for (int label = 0; label < labels; label++)
            {
                quantised[(i * stride) + label] = (sbyte)Math.Round(weights[label] / scale);
            }
        }

        return new NerModel(features, scales, quantised, gazetteer, clusters, labels);
    }

    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        // Always all 21: a 17-label model's labels 17-20 are zero, and its decoder never reads them.
        if (BilouLabels.TaggerCount != RowTable.Labels || scores.Length < RowTable.Labels)
        {
            throw new InvalidOperationException($"The scorer is laid out for {RowTable.Labels} labels");
        }

        // Labels 0-15 as four 4-wide float vectors widened from one 16-byte load, labels 16-20 scalar.
        // Multiply then add (never fused), so every sum is bit-identical to adding the float
        // weights row[label] * scale one by one.
        ref float sum = ref MemoryMarshal.GetReference(scores);
        var s0 = Vector128.LoadUnsafe(ref sum);
        var s1 = Vector128.LoadUnsafe(ref sum, 4);
        var s2 = Vector128.LoadUnsafe(ref sum, 8);
        var s3 = Vector128.LoadUnsafe(ref sum, 12);
        float s16 = scores[16];
        float s17 = scores[17];
        float s18 = scores[18];
        float s19 = scores[19];
        float s20 = scores[20];
        ReadOnlySpan<RowTable.Slot> slots = _table.Slots;
        foreach (uint feature in features)
        {
            ref readonly RowTable.Slot slot = ref RowTable.Find(slots, feature);
            if (Unsafe.IsNullRef(in slot))
            {
                continue;
            }

            var scaleVector = Vector128.Create(slot.Scale);
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(in slot.Low0).AsSByte());
            var (w0, w1) = Vector128.Widen(low);
            var (w2, w3) = Vector128.Widen(high);
            s0 += Vector128.ConvertToSingle(w0) * scaleVector;
            s1 += Vector128.ConvertToSingle(w1) * scaleVector;
            s2 += Vector128.ConvertToSingle(w2) * scaleVector;
            s3 += Vector128.ConvertToSingle(w3) * scaleVector;
            s16 += slot.Label16 * slot.Scale;
            s17 += slot.Label17 * slot.Scale;
            s18 += slot.Label18 * slot.Scale;
            s19 += slot.Label19 * slot.Scale;
            s20 += slot.Label20 * slot.Scale;
        }

        s0.StoreUnsafe(ref sum);
        s1.StoreUnsafe(ref sum, 4);
        s2.StoreUnsafe(ref sum, 8);
        s3.StoreUnsafe(ref sum, 12);
        scores[16] = s16;
        scores[17] = s17;
        scores[18] = s18;
        scores[19] = s19;
        scores[20] = s20;
    }

    /// <summary>
    /// Open addressing over the feature hashes with the scale and int8 row inside the slot, so a
    /// feature the model knows costs one cache miss, not one for the key and one for its row.
    /// The slots are either built here (training, older model formats) into a pinned array, or
    /// lie in the model file as they are laid out in memory (format 5) and are used in place: from
    /// the embedded resource, which the runtime maps with the assembly, that is no copy and no fill
    /// at load, and only the pages a document's features hit are ever faulted in.
    /// </summary>
    internal sealed unsafe class RowTable
    {
        public const int Labels = 21;

        /// <summary>
        /// Used slots per slot at most. Why not a power-of-two table at most half full: rounding 285k
        /// features up gave 1M slots (32 MB, a quarter used), and on a virtual machine each fresh 4 KB
        /// page costs ~17 µs to fault in: touching the table was 143 ms of a 230 ms cold load. 0.6
        /// until the ner-fast7 branch; 0.7 since, to make room for MISC's feature rows under the 17 MiB
        /// size guard (the same rows in 14% fewer slots). A miss walks ~6 slots on average instead of
        /// ~3.6; they sit in adjacent cache lines, and a lookup of a known feature is unchanged in cost.
        /// </summary>
        private const double LoadFactor = 0.7;

        private readonly Slot* _first;
        private readonly int _length;

        /// <summary>What owns the slots' memory (a pinned array, or the stream over the mapped
        /// resource), held so it lives as long as the table.</summary>
        private readonly object _owner;

        private RowTable(Slot* first, int length, int count, object owner)
        {
            _first = first;
            _length = length;
            Count = count;
            _owner = owner;
        }

        /// <summary>Used slots (features with a row).</summary>
        public int Count { get; }

        public ReadOnlySpan<Slot> Slots => new(_first, _length);

        /// <summary>Slots for <paramref name="features"/> features at the table's load factor.</summary>
        public static int SlotCountFor(int features) => Math.Max(16, (int)Math.Ceiling(features / LoadFactor));

        public static RowTable Build(uint[] features, float[] scales, sbyte[] rows)
        {
            if (scales.Length != features.Length || rows.Length != features.Length * Labels)
            {
                throw new ArgumentException("one scale and one row of labels per feature");
            }

            var slots = GC.AllocateArray<Slot>(SlotCountFor(features.Length), pinned: true);
            for (int i = 0; i < features.Length; i++)
            {
                if (!(scales[i] > 0))
                {
                    // An all-zero row is dropped when quantising, so every kept scale is positive.
                    throw new ArgumentException($"feature {features[i]} has scale {scales[i]}", nameof(scales));
                }

                int at = Home(features[i], slots.Length);
                while (slots[at].Used != 0 && slots[at].Key != features[i])
                {
                    at = at + 1 == slots.Length ? 0 : at + 1;
                }

                ref Slot slot = ref slots[at];
                slot.Key = features[i];
                slot.Scale = scales[i];
                slot.Used = 1;
                rows.AsSpan(i * Labels, 16).CopyTo(MemoryMarshal.Cast<ulong, sbyte>(MemoryMarshal.CreateSpan(ref slot.Low0, 2)));
                slot.SetHigh(rows.AsSpan((i * Labels) + 16, Labels - 16));
            }

            return Pinned(slots, features.Length);
        }

        /// <summary>A table over slots read from a file into a pinned array; checked, since the file may be damaged.</summary>
        public static RowTable FromReadSlots(Slot[] pinnedSlots, int count)
        {
            var table = Pinned(pinnedSlots, count);
            int used = 0;
            for (int i = 0; i < pinnedSlots.Length; i++)
            {
                ref readonly Slot slot = ref pinnedSlots[i];
                if (slot.Used > 1 || (slot.Used == 1 && (!(slot.Scale > 0) || !Unsafe.AreSame(in Find(table.Slots, slot.Key), in slot))))
                {
                    throw new InvalidDataException($"The NER model's row table is damaged at slot {i}");
                }

                used += slot.Used;
            }

            // A table with no free slot would make a lookup of an unknown feature walk forever.
            return used == count && used < pinnedSlots.Length ? table : throw new InvalidDataException("The NER model's row table does not hold its feature count");
        }

        /// <summary>
        /// A table over slots in memory that outlives it (the embedded resource, mapped with the
        /// assembly). Not walked here, that would fault in every page: the resource is part of the
        /// assembly, as trusted as its code; the writer checked it and the caller checked the sizes.
        /// </summary>
        public static RowTable InPlace(byte* slots, int length, int count, object owner) =>
            length > count && count >= 0 ? new((Slot*)slots, length, count, owner) : throw new InvalidDataException("The NER model's row table does not hold its feature count");

        private static RowTable Pinned(Slot[] slots, int count) =>
            new((Slot*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(slots)), slots.Length, count, slots);

        public static ref readonly Slot Find(ReadOnlySpan<Slot> slots, uint feature)
        {
            ref Slot first = ref MemoryMarshal.GetReference(slots);
            int length = slots.Length;
            for (int at = Home(feature, length); ; at = at + 1 == length ? 0 : at + 1)
            {
                ref Slot slot = ref Unsafe.Add(ref first, at);
                if (slot.Used == 0)
                {
                    return ref Unsafe.NullRef<Slot>();
                }

                if (slot.Key == feature)
                {
                    return ref slot;
                }
            }
        }

        /// <summary>The features, scales and rows in ascending feature order (what formats 2-4 stored).</summary>
        public (uint[] Features, float[] Scales, sbyte[] Rows) ToSortedArrays()
        {
            var slots = Slots;
            var keys = new uint[Count];
            var used = new int[Count];
            int n = 0;
            for (int i = 0; i < slots.Length && n < used.Length; i++)
            {
                if (slots[i].Used != 0)
                {
                    keys[n] = slots[i].Key;
                    used[n++] = i;
                }
            }

            Array.Sort(keys, used);
            var features = keys;
            var scales = new float[used.Length];
            var rows = new sbyte[used.Length * Labels];
            for (int i = 0; i < used.Length; i++)
            {
                ref readonly Slot slot = ref slots[used[i]];
                scales[i] = slot.Scale;
                MemoryMarshal.Cast<ulong, sbyte>(MemoryMarshal.CreateReadOnlySpan(in slot.Low0, 2)).CopyTo(rows.AsSpan(i * Labels, 16));
                slot.GetHigh(rows.AsSpan((i * Labels) + 16, Labels - 16));
            }

            return (features, scales, rows);
        }

        /// <summary>The high 32 bits of a multiplicative hash, scaled onto the table's length (no power of two needed).</summary>
        private static int Home(uint feature, int length) => (int)((((feature * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)length) >> 32);

        /// <summary>
        /// 32 bytes, laid out explicitly because format 5 stores them as they are: labels 0-15 as
        /// int8 (offsets 0-15), then key, scale, label 16, the used flag (0 or 1) and labels 17-20
        /// (MISC's, ner-fast7 branch: they took four of the six spare bytes, so the slot and the
        /// table did not grow; a 17-label file is refused by its label count).
        /// </summary>
        [StructLayout(LayoutKind.Explicit, Size = 32)]
        public struct Slot
        {
            [FieldOffset(0)]
            public ulong Low0;

            [FieldOffset(8)]
            public ulong Low1;

            [FieldOffset(16)]
            public uint Key;

            [FieldOffset(20)]
            public float Scale;

            [FieldOffset(24)]
            public sbyte Label16;

            [FieldOffset(25)]
            public byte Used;

            [FieldOffset(26)]
            public sbyte Label17;

            [FieldOffset(27)]
            public sbyte Label18;

            [FieldOffset(28)]
            public sbyte Label19;

            [FieldOffset(29)]
            public sbyte Label20;

            public void SetHigh(ReadOnlySpan<sbyte> labels)
            {
                Label16 = labels[0];
                Label17 = labels[1];
                Label18 = labels[2];
                Label19 = labels[3];
                Label20 = labels[4];
            }

            public readonly void GetHigh(Span<sbyte> labels)
            {
                labels[0] = Label16;
                labels[1] = Label17;
                labels[2] = Label18;
                labels[3] = Label19;
                labels[4] = Label20;
            }
        }
    }
}
