using Newsgraph.Core.Models;

namespace Newsgraph.Entities;

/// <summary>
/// The versioned binary model format (<see cref="QuantisedModelFile"/>): "NGNER" + format version,
/// then the label count, the int8 weight table (<see cref="WeightTable"/>), the gazetteer entries
/// and (since version 2) the word classes.
/// </summary>
internal static class NerModelFile
{
    public const int FormatVersion = 2;
    private static ReadOnlySpan<byte> Magic => "NGNER"u8;

    public static void Write(Stream output, IReadOnlyDictionary<uint, float[]> rows, IReadOnlyList<(string Entry, int KindIndex)> gazetteer, WordClusters clusters) =>
        QuantisedModelFile.Write(output, Magic, FormatVersion, writer =>
        {
            writer.Write(BilouLabels.Count);
            WeightTable.Write(writer, rows);
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
        });

    public static NerModel Read(Stream input) =>
        QuantisedModelFile.Read(input, Magic, FormatVersion, "fast NER model", reader =>
        {
            int labels = reader.ReadInt32();
            if (labels != BilouLabels.Count)
            {
                throw new InvalidDataException($"Model has {labels} labels, this code expects {BilouLabels.Count}");
            }

            var table = WeightTable.Read(reader, labels);
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

            return new NerModel(table.RowByFeature, table.Weights, new Gazetteer(gazetteer), new WordClusters(clusters));
        });
}
