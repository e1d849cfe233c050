using System.IO.Compression;
using System.Text;

namespace Newsgraph.Entities;

/// <summary>
/// The versioned binary model format: "NGNER" + format version, then a Brotli stream with the
/// label count, features sorted by hash (delta varints) each with a float scale and one signed
/// byte per label, the gazetteer entries and (since version 2) the word classes. Int8 rows keep the file a few MB.
/// </summary>
internal static class NerModelFile
{
    public const int FormatVersion = 2;
    private static readonly byte[] Magic = "NGNER"u8.ToArray();

    public static void Write(Stream output, IReadOnlyDictionary<uint, float[]> rows, IReadOnlyList<(string Entry, int KindIndex)> gazetteer, WordClusters clusters)
    {
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(BilouLabels.Count);
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
            float max = weights.Max(Math.Abs);
            float scale = max / 127f;
            writer.Write(scale);
            foreach (float w in weights)
            {
                writer.Write((sbyte)Math.Round(w / scale));
            }
        }

        writer.Write(gazetteer.Count);
        foreach (var (entry, kind) in gazetteer)
        {
            writer.Write(entry);
            writer.Write((byte)kind);
        }

        writer.Write(clusters.Entries.Count);
        foreach (var (word, coarse, fine) in clusters.Entries)
        {
            writer.Write(word);
            writer.Write((ushort)coarse);
            writer.Write((ushort)fine);
        }
    }

    public static NerModel Read(Stream input)
    {
        Span<byte> header = stackalloc byte[6];
        input.ReadExactly(header);
        if (!header[..5].SequenceEqual(Magic) || header[5] != FormatVersion)
        {
            throw new InvalidDataException("Not a Newsgraph fast NER model of format version " + FormatVersion);
        }

        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        int labels = reader.ReadInt32();
        if (labels != BilouLabels.Count)
        {
            throw new InvalidDataException($"Model has {labels} labels, this code expects {BilouLabels.Count}");
        }

        int count = reader.ReadInt32();
        var rowByFeature = new Dictionary<uint, int>(count);
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            rowByFeature[key] = i;
        }

        var weights = new float[count * labels];
        var row = new byte[labels];
        for (int i = 0; i < count; i++)
        {
            float scale = reader.ReadSingle();
            reader.BaseStream.ReadExactly(row);
            for (int label = 0; label < labels; label++)
            {
                weights[(i * labels) + label] = (sbyte)row[label] * scale;
            }
        }

        int entries = reader.ReadInt32();
        var gazetteer = new List<(string, int)>(entries);
        for (int i = 0; i < entries; i++)
        {
            gazetteer.Add((reader.ReadString(), reader.ReadByte()));
        }

        int words = reader.ReadInt32();
        var clusters = new List<(string, int, int)>(words);
        for (int i = 0; i < words; i++)
        {
            clusters.Add((reader.ReadString(), reader.ReadUInt16(), reader.ReadUInt16()));
        }

        return new NerModel(rowByFeature, weights, new Gazetteer(gazetteer), new WordClusters(clusters));
    }
}
