using Newsgraph.Core.Models;

namespace Newsgraph.Events.Classification;

/// <summary>
/// The versioned binary model format (<see cref="QuantisedModelFile"/>): "NGEVT" + format version,
/// then the type count, the mode names, the int8 weight table (<see cref="WeightTable"/>: one
/// column per type and per mode) and the extra trigger forms.
/// </summary>
internal static class EventModelFile
{
    public const int FormatVersion = 1;
    public const string ResourceName = "Newsgraph.Events.events-v1.bin";
    private static ReadOnlySpan<byte> Magic => "NGEVT"u8;

    public static void Write(Stream output, IReadOnlyDictionary<uint, float[]> rows, string[] modes, IReadOnlyList<(string Form, int Type, float Weight)> extras) =>
        QuantisedModelFile.Write(output, Magic, FormatVersion, writer =>
        {
            writer.Write(PloverTypes.Count);
            writer.Write(modes.Length);
            foreach (string mode in modes)
            {
                writer.Write(mode);
            }

            WeightTable.Write(writer, rows);
            writer.Write(extras.Count);
            foreach (var (form, type, weight) in extras)
            {
                writer.Write(form);
                writer.Write((byte)type);
                writer.Write(weight);
            }
        });

    public static EventModel Read(Stream input) =>
        QuantisedModelFile.Read(input, Magic, FormatVersion, "event model", reader =>
        {
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

            var table = WeightTable.Read(reader, types + modes.Length);
            int extras = reader.ReadInt32();
            var extraTriggers = new List<(string, int, float)>(extras);
            for (int i = 0; i < extras; i++)
            {
                extraTriggers.Add((reader.ReadString(), reader.ReadByte(), reader.ReadSingle()));
            }

            return new EventModel(table.RowByFeature, table.Weights, modes, extraTriggers);
        });

    /// <summary>The model embedded in this assembly, or null when the build has none (a checkout before training).</summary>
    public static EventModel? LoadEmbedded()
    {
        using var stream = typeof(EventModelFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
