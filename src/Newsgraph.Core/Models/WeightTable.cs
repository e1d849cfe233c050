namespace Newsgraph.Core.Models;

/// <summary>
/// A hashed-feature weight table as stored in a model file: the feature count, the feature hashes
/// in ascending order as delta varints, then per feature a float scale and one signed byte per
/// output column (weight ≈ byte × scale). Int8 rows keep bundled models a few MB. Rows whose
/// weights are all zero are not stored. <see cref="Weights"/> is row-major: row × width + column.
/// </summary>
public sealed class WeightTable
{
    private WeightTable(Dictionary<uint, int> rowByFeature, float[] weights, int width)
    {
        RowByFeature = rowByFeature;
        Weights = weights;
        Width = width;
    }

    /// <summary>The row index of each stored feature hash (handed to the model as is: no copy of 100k+ entries).</summary>
    public Dictionary<uint, int> RowByFeature { get; }

    public float[] Weights { get; }

    public int Width { get; }

    public static void Write(BinaryWriter writer, IReadOnlyDictionary<uint, float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var kept = rows.Where(r => r.Value.Any(w => w != 0)).OrderBy(r => r.Key).ToList();
        writer.Write(kept.Count);
        uint last = 0;
        foreach (var (key, _) in kept)
        {
            writer.Write7BitEncodedInt((int)(key - last));
            last = key;
        }

        foreach (var (_, weights) in kept)
        {
            float scale = weights.Max(Math.Abs) / 127f;
            writer.Write(scale);
            foreach (float w in weights)
            {
                writer.Write((sbyte)Math.Round(w / scale));
            }
        }
    }

    /// <summary>Reads a table whose rows have <paramref name="width"/> columns (the caller knows it from its own header).</summary>
    public static WeightTable Read(BinaryReader reader, int width)
    {
        var (features, scales, values) = ReadQuantised(reader, width);
        var rowByFeature = new Dictionary<uint, int>(features.Length);
        for (int i = 0; i < features.Length; i++)
        {
            rowByFeature[features[i]] = i;
        }

        var weights = new float[(long)features.Length * width];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = values[i] * scales[i / width];
        }

        return new WeightTable(rowByFeature, weights, width);
    }

    /// <summary>Reads a table as stored: the feature hashes (ascending), one scale per row and the int8
    /// values row after row (weight = value × scale), for a caller that keeps the quantised form.</summary>
    public static (uint[] Features, float[] Scales, sbyte[] Values) ReadQuantised(BinaryReader reader, int width)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count < 0 || width <= 0 || (long)count * width > Array.MaxLength)
        {
            throw new InvalidDataException($"Bad weight table: {count} rows of width {width}");
        }

        var features = new uint[count];
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            features[i] = key;
        }

        var scales = new float[count];
        var values = new sbyte[count * width];
        for (int i = 0; i < count; i++)
        {
            scales[i] = reader.ReadSingle();
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan(i * width, width)));
        }

        return (features, scales, values);
    }
}
