using System.IO.Compression;
using System.Text;

namespace Newsgraph.Events.Classification;

/// <summary>
/// The versioned binary model format: "NGEVT" + format version, then a Brotli stream with the type
/// count, the mode names, features sorted by hash (delta varints) each with a float scale and one
/// signed byte per type and mode, and the extra trigger forms. Int8 rows keep the file small.
/// </summary>
internal static class EventModelFile
{
    public const int FormatVersion = 1;
    public const string ResourceName = "Newsgraph.Events.events-v1.bin";
    private static readonly byte[] Magic = "NGEVT"u8.ToArray();

    public static void Write(Stream output, IReadOnlyDictionary<uint, float[]> rows, string[] modes, IReadOnlyList<(string Form, int Type, float Weight)> extras)
    {
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(PloverTypes.Count);
        writer.Write(modes.Length);
        foreach (string mode in modes)
        {
            writer.Write(mode);
        }

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

        writer.Write(extras.Count);
        foreach (var (form, type, weight) in extras)
        {
            writer.Write(form);
            writer.Write((byte)type);
            writer.Write(weight);
        }
    }

    public static EventModel Read(Stream input)
    {
        Span<byte> header = stackalloc byte[6];
        input.ReadExactly(header);
        if (!header[..5].SequenceEqual(Magic) || header[5] != FormatVersion)
        {
            throw new InvalidDataException("Not a Newsgraph event model of format version " + FormatVersion);
        }

        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        int types = reader.ReadInt32();
        if (types != PloverTypes.Count)
        {
            throw new InvalidDataException($"Model has {types} event types, this code expects {PloverTypes.Count}");
        }

        var modes = new string[reader.ReadInt32()];
        for (int i = 0; i < modes.Length; i++)
        {
            modes[i] = reader.ReadString();
        }

        int width = types + modes.Length;
        int count = reader.ReadInt32();
        var rowByFeature = new Dictionary<uint, int>(count);
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            rowByFeature[key] = i;
        }

        var weights = new float[count * width];
        var row = new byte[width];
        for (int i = 0; i < count; i++)
        {
            float scale = reader.ReadSingle();
            reader.BaseStream.ReadExactly(row);
            for (int j = 0; j < width; j++)
            {
                weights[(i * width) + j] = (sbyte)row[j] * scale;
            }
        }

        int extras = reader.ReadInt32();
        var extraTriggers = new List<(string, int, float)>(extras);
        for (int i = 0; i < extras; i++)
        {
            extraTriggers.Add((reader.ReadString(), reader.ReadByte(), reader.ReadSingle()));
        }

        return new EventModel(rowByFeature, weights, modes, extraTriggers);
    }

    /// <summary>The model embedded in this assembly, or null when the build has none (a checkout before training).</summary>
    public static EventModel? LoadEmbedded()
    {
        using var stream = typeof(EventModelFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
