using System.Runtime.InteropServices;

namespace Newsgraph.Core.Models;

/// <summary>
/// A hashed-feature weight table kept as it is stored: per feature (hashes ascending) a float scale
/// and only its non-zero int8 weights as (column, value) pairs, compressed-sparse-row style
/// (weight = value × scale, the product the dense <see cref="WeightTable"/> expands to). Why sparse:
/// the event model's rows hold ~9 non-zero weights of 80, so the dense table was a 9 MB body to
/// inflate and a 33 MB float array to fill at every cold start; this one is ~2.4 MB and is read
/// with a few bulk reads into flat arrays, indexed by one precompiled <see cref="HashIndex"/>.
/// </summary>
public sealed class SparseWeightTable
{
    /// <summary>A corrupt count must fail as an error, not as a multi-GB allocation (and 255 weights a row stay within an int).</summary>
    private const int MaxRows = 5_000_000;

    private readonly uint[] _features;
    private readonly float[] _scales;
    private readonly int[] _rowStarts;
    private readonly byte[] _columns;
    private readonly sbyte[] _values;
    private readonly HashIndex _index;

    private SparseWeightTable(uint[] features, float[] scales, int[] rowStarts, byte[] columns, sbyte[] values, int width)
    {
        _features = features;
        _scales = scales;
        _rowStarts = rowStarts;
        _columns = columns;
        _values = values;
        Width = width;
        _index = new HashIndex(features);
    }

    /// <summary>Columns per row (at most 256: a column is one byte).</summary>
    public int Width { get; }

    /// <summary>Stored features (rows), all-zero rows included.</summary>
    public int Count => _features.Length;

    /// <summary>Quantises float rows to int8 (scale = largest magnitude / 127, as <see cref="WeightTable.Write"/>
    /// does); rows whose weights are all zero are dropped.</summary>
    public static SparseWeightTable Quantise(IReadOnlyDictionary<uint, float[]> rows, int width)
    {
        ArgumentNullException.ThrowIfNull(rows);
        CheckWidth(width);
        var kept = rows.Where(r => r.Value.Any(w => w != 0)).OrderBy(r => r.Key).ToList();
        var dense = new sbyte[kept.Count * width];
        var scales = new float[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            var weights = kept[i].Value;
            if (weights.Length != width)
            {
                throw new ArgumentException($"row {kept[i].Key} has {weights.Length} weights, not {width}", nameof(rows));
            }

            float scale = weights.Max(Math.Abs) / 127f;
            scales[i] = scale;
            for (int j = 0; j < width; j++)
            {
                dense[(i * width) + j] = (sbyte)Math.Round(weights[j] / scale);
            }
        }

        return FromDense([.. kept.Select(r => r.Key)], scales, dense, width);
    }

    /// <summary>The table of quantised dense rows (features ascending; <paramref name="rows"/> row-major),
    /// e.g. as an older dense file stored them: the same weights exactly, zeros dropped.</summary>
    public static SparseWeightTable FromDense(uint[] features, float[] scales, ReadOnlySpan<sbyte> rows, int width)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(scales);
        CheckWidth(width);
        if (scales.Length != features.Length || rows.Length != (long)features.Length * width)
        {
            throw new ArgumentException("one scale and one row of weights per feature");
        }

        var rowStarts = new int[features.Length + 1];
        var columns = new List<byte>();
        var values = new List<sbyte>();
        for (int i = 0; i < features.Length; i++)
        {
            for (int j = 0; j < width; j++)
            {
                sbyte value = rows[(i * width) + j];
                if (value != 0)
                {
                    columns.Add((byte)j);
                    values.Add(value);
                }
            }

            rowStarts[i + 1] = columns.Count;
        }

        return new SparseWeightTable(features, scales, rowStarts, [.. columns], [.. values], width);
    }

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (length ≥ <see cref="Width"/>).
    /// Every sum equals adding the dense float row: the skipped weights are +0, and each product is
    /// the same float multiplication, added in the same feature order.</summary>
    public void AddScores(IReadOnlyList<uint> features, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features is List<uint> list)
        {
            AddScores(CollectionsMarshal.AsSpan(list), scores);
            return;
        }

        AddScores([.. features], scores);
    }

    /// <summary>Why a batch at a time: a look-up is a cache miss into a table of megabytes; finding
    /// every feature's row first, in a loop with no dependency between look-ups, lets the CPU have
    /// many misses in flight at once, where finding and adding row by row waited for each in turn.
    /// The additions then run in feature order, so every sum is what <see cref="AddScores(IReadOnlyList{uint}, Span{float})"/> gave.</summary>
    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (scores.Length < Width)
        {
            throw new ArgumentException($"needs {Width} scores", nameof(scores));
        }

        Span<int> rows = stackalloc int[LookupBatch];
        for (int from = 0; from < features.Length; from += LookupBatch)
        {
            var batch = features.Slice(from, Math.Min(LookupBatch, features.Length - from));
            for (int i = 0; i < batch.Length; i++)
            {
                rows[i] = _index.Find(batch[i]);
            }

            for (int i = 0; i < batch.Length; i++)
            {
                int row = rows[i];
                if (row < 0)
                {
                    continue;
                }

                float scale = _scales[row];
                for (int k = _rowStarts[row]; k < _rowStarts[row + 1]; k++)
                {
                    scores[_columns[k]] += _values[k] * scale;
                }
            }
        }
    }

    /// <summary>Why: features looked up before their rows are added; 256 ints stay a small stack buffer.</summary>
    private const int LookupBatch = 256;

    /// <summary>The dense float rows (for rewriting and tests, not for scoring).</summary>
    public Dictionary<uint, float[]> ToDense()
    {
        var rows = new Dictionary<uint, float[]>(_features.Length);
        for (int i = 0; i < _features.Length; i++)
        {
            var row = new float[Width];
            for (int k = _rowStarts[i]; k < _rowStarts[i + 1]; k++)
            {
                row[_columns[k]] = _values[k] * _scales[i];
            }

            rows[_features[i]] = row;
        }

        return rows;
    }

    /// <summary>
    /// Writes the row count, then flat little-endian arrays (each compresses well on its own): the
    /// feature hashes as deltas, the scales, the non-zero count of each row, the columns, the values.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        RequireLittleEndian();
        writer.Write(_features.Length);
        var deltas = new uint[_features.Length];
        uint last = 0;
        for (int i = 0; i < _features.Length; i++)
        {
            deltas[i] = _features[i] - last;
            last = _features[i];
        }

        var counts = new byte[_features.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = (byte)(_rowStarts[i + 1] - _rowStarts[i]);
        }

        writer.Write(MemoryMarshal.AsBytes(deltas.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_scales.AsSpan()));
        writer.Write(counts);
        writer.Write(_columns);
        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    /// <summary>Reads a table written by <see cref="Write"/> whose rows have <paramref name="width"/> columns;
    /// an out-of-range count or column throws <see cref="InvalidDataException"/>, a truncated body
    /// <see cref="EndOfStreamException"/> (which <see cref="QuantisedModelFile.ReadBody"/> reports as a truncated model).</summary>
    public static SparseWeightTable Read(Stream body, int width)
    {
        ArgumentNullException.ThrowIfNull(body);
        RequireLittleEndian();
        if (width is <= 0 or > 256)
        {
            throw new InvalidDataException($"Bad sparse weight table width {width}");
        }

        int count = ReadArray<int>(body, 1)[0];
        if (count is < 0 or > MaxRows)
        {
            throw new InvalidDataException($"Bad sparse weight table: {count} rows");
        }

        var features = ReadArray<uint>(body, count);
        uint sum = 0;
        for (int i = 0; i < features.Length; i++)
        {
            sum += features[i];
            features[i] = sum;
        }

        var scales = ReadArray<float>(body, count);
        var counts = ReadArray<byte>(body, count);
        var rowStarts = new int[count + 1];
        for (int i = 0; i < count; i++)
        {
            if (counts[i] > width)
            {
                throw new InvalidDataException($"Bad sparse weight table: row {i} has {counts[i]} weights, wider than {width}");
            }

            rowStarts[i + 1] = rowStarts[i] + counts[i];
        }

        var columns = ReadArray<byte>(body, rowStarts[count]);
        if (columns.AsSpan().IndexOfAnyInRange((byte)width, byte.MaxValue) >= 0 && width < 256)
        {
            throw new InvalidDataException($"Bad sparse weight table: a column outside 0..{width - 1}");
        }

        var values = ReadArray<sbyte>(body, rowStarts[count]);
        return new SparseWeightTable(features, scales, rowStarts, columns, values, width);
    }

    private static T[] ReadArray<T>(Stream body, int count)
        where T : unmanaged
    {
        var array = new T[count];
        body.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void CheckWidth(int width)
    {
        if (width is <= 0 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "a column is one byte: 1 to 256 columns");
        }
    }

    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The sparse weight table format is little-endian.");
        }
    }
}
