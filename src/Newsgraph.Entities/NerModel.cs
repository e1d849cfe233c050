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
    private readonly uint[] _features;
    private readonly float[] _scales;
    private readonly sbyte[] _rows;
    private readonly RowTable _table;

    /// <param name="features">Feature hashes, sorted ascending.</param>
    /// <param name="scales">One scale per feature.</param>
    /// <param name="rows">Labels signed bytes per feature, row after row.</param>
    public NerModel(uint[] features, float[] scales, sbyte[] rows, Gazetteer gazetteer, WordClusters clusters)
    {
        if (scales.Length != features.Length || rows.Length != features.Length * BilouLabels.Count)
        {
            throw new ArgumentException("one scale and one row of labels per feature");
        }

        _features = features;
        _scales = scales;
        _rows = rows;
        _table = new RowTable(features, scales, rows);
        Gazetteer = gazetteer;
        Clusters = clusters;
        Features = new TokenFeatures(gazetteer, clusters);
    }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    public TokenFeatures Features { get; }

    public int FeatureCount => _features.Length;

    public ReadOnlySpan<uint> FeatureHashes => _features;

    public ReadOnlySpan<float> Scales => _scales;

    public ReadOnlySpan<sbyte> Rows => _rows;

    /// <summary>Quantises float rows to int8 (scale = largest magnitude / 127); all-zero rows are dropped.</summary>
    public static NerModel Quantise(IReadOnlyDictionary<uint, float[]> rows, Gazetteer gazetteer, WordClusters clusters)
    {
        int labels = BilouLabels.Count;
        var kept = rows.Where(r => r.Value.Any(w => w != 0)).OrderBy(r => r.Key).ToList();
        var features = new uint[kept.Count];
        var scales = new float[kept.Count];
        var quantised = new sbyte[kept.Count * labels];
        for (int i = 0; i < kept.Count; i++)
        {
            var (key, weights) = kept[i];
            features[i] = key;
            float max = weights.Max(Math.Abs);
            float scale = max / 127f;
            scales[i] = scale;
            for (int label = 0; label < labels; label++)
            {
                quantised[(i * labels) + label] = (sbyte)Math.Round(weights[label] / scale);
            }
        }

        return new NerModel(features, scales, quantised, gazetteer, clusters);
    }

    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (BilouLabels.Count != RowTable.Labels || scores.Length < RowTable.Labels)
        {
            throw new InvalidOperationException($"The scorer is laid out for {RowTable.Labels} labels");
        }

        // Labels 0-15 as four 4-wide float vectors widened from one 16-byte load, label 16 scalar.
        // Multiply then add (never fused), so every sum is bit-identical to adding the float
        // weights row[label] * scale one by one.
        ref float sum = ref MemoryMarshal.GetReference(scores);
        var s0 = Vector128.LoadUnsafe(ref sum);
        var s1 = Vector128.LoadUnsafe(ref sum, 4);
        var s2 = Vector128.LoadUnsafe(ref sum, 8);
        var s3 = Vector128.LoadUnsafe(ref sum, 12);
        float s16 = scores[16];
        foreach (uint feature in features)
        {
            ref readonly RowTable.Slot slot = ref _table.Find(feature);
            if (Unsafe.IsNullRef(in slot))
            {
                continue;
            }

            var scaleVector = Vector128.Create(slot.Scale);
            var (low, high) = Vector128.Widen(slot.Low);
            var (w0, w1) = Vector128.Widen(low);
            var (w2, w3) = Vector128.Widen(high);
            s0 += Vector128.ConvertToSingle(w0) * scaleVector;
            s1 += Vector128.ConvertToSingle(w1) * scaleVector;
            s2 += Vector128.ConvertToSingle(w2) * scaleVector;
            s3 += Vector128.ConvertToSingle(w3) * scaleVector;
            s16 += slot.Last * slot.Scale;
        }

        s0.StoreUnsafe(ref sum);
        s1.StoreUnsafe(ref sum, 4);
        s2.StoreUnsafe(ref sum, 8);
        s3.StoreUnsafe(ref sum, 12);
        scores[16] = s16;
    }

    /// <summary>
    /// Open addressing over the feature hashes with the scale and int8 row inside the slot, so a
    /// feature the model knows costs one cache miss, not one for the key and one for its row.
    /// </summary>
    private sealed class RowTable
    {
        public const int Labels = 17;

        /// <summary>
        /// Used slots per slot at most. Why not a power-of-two table at most half full: rounding 285k
        /// features up gave 1M slots (32 MB, a quarter used), and on a virtual machine each fresh 4 KB
        /// page costs ~17 µs to fault in: touching the table was 143 ms of a 230 ms cold load. At 0.6
        /// the table is 15 MB; a miss walks ~3.6 slots on average, which sit in adjacent cache lines.
        /// </summary>
        private const double LoadFactor = 0.6;

        private readonly Slot[] _slots;

        public RowTable(uint[] features, float[] scales, sbyte[] rows)
        {
            _slots = new Slot[Math.Max(16, (int)Math.Ceiling(features.Length / LoadFactor))];
            for (int i = 0; i < features.Length; i++)
            {
                int at = Home(features[i]);
                while (_slots[at].Used && _slots[at].Key != features[i])
                {
                    at = at + 1 == _slots.Length ? 0 : at + 1;
                }

                ref Slot slot = ref _slots[at];
                slot.Key = features[i];
                slot.Scale = scales[i];
                slot.Used = true;
                slot.Low = Vector128.Create<sbyte>(rows.AsSpan(i * Labels, 16));
                slot.Last = rows[(i * Labels) + 16];
            }
        }

        public ref readonly Slot Find(uint feature)
        {
            ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
            int length = _slots.Length;
            for (int at = Home(feature); ; at = at + 1 == length ? 0 : at + 1)
            {
                ref Slot slot = ref Unsafe.Add(ref first, at);
                if (!slot.Used)
                {
                    return ref Unsafe.NullRef<Slot>();
                }

                if (slot.Key == feature)
                {
                    return ref slot;
                }
            }
        }

        /// <summary>The high 32 bits of a multiplicative hash, scaled onto the table's length (no power of two needed).</summary>
        private int Home(uint feature) => (int)((((feature * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)_slots.Length) >> 32);

        /// <summary>32 bytes: labels 0-15, then key, scale, label 16 and the used flag.</summary>
        public struct Slot
        {
            public Vector128<sbyte> Low;
            public uint Key;
            public float Scale;
            public sbyte Last;
            public bool Used;
        }
    }
}
