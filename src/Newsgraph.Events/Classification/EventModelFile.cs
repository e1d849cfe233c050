using Newsgraph.Core.Models;

namespace Newsgraph.Events.Classification;

/// <summary>
/// The versioned binary model format (<see cref="QuantisedModelFile"/>): "NGEVT" + format version,
/// then the type count, the mode names, the int8 weight table (one column per type and per mode)
/// and the extra trigger forms. Version 2 (written now): a zlib body and a
/// <see cref="SparseWeightTable"/> (only the non-zero weights, ~9 of 80 per row: a 2.4 MB body
/// read in bulk instead of 9 MB of Brotli read row by row). Version 1 (Brotli, dense
/// <see cref="WeightTable"/>) is still read, so an older file loads and can be rewritten without
/// retraining (<c>Newsgraph.Benchmarks events-upgrade-model</c>); it scores identically.
/// </summary>
internal static class EventModelFile
{
    public const int FormatVersion = 2;
    private const int DenseBrotliFormatVersion = 1;
    public const string ResourceName = "Newsgraph.Events.events-v1.bin";
    private const string What = "event model";
    private static ReadOnlySpan<byte> Magic => "NGEVT"u8;

    /// <summary>Quantises the trainer's float rows and writes them in the current format.</summary>
    public static void Write(Stream output, IReadOnlyDictionary<uint, float[]> rows, string[] modes, IReadOnlyList<(string Form, int Type, float Weight)> extras)
    {
        ArgumentNullException.ThrowIfNull(modes);
        Write(output, new EventModel(SparseWeightTable.Quantise(rows, PloverTypes.Count + modes.Length), modes, extras));
    }

    /// <summary>Writes a loaded model in the current format (its quantised weights exactly).</summary>
    public static void Write(Stream output, EventModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        QuantisedModelFile.Write(output, Magic, FormatVersion, QuantisedModelFile.BodyCompression.Deflate, writer =>
        {
            WriteHead(writer, model.Modes);
            model.Table.Write(writer);
            WriteExtras(writer, model.ExtraTriggers);
        });
    }

    public static EventModel Read(Stream input)
    {
        byte version = QuantisedModelFile.ReadHeader(input, Magic, [DenseBrotliFormatVersion, FormatVersion], What);
        var compression = version == FormatVersion ? QuantisedModelFile.BodyCompression.Deflate : QuantisedModelFile.BodyCompression.Brotli;
        return QuantisedModelFile.ReadBody(input, compression, What, reader =>
        {
            int types = reader.ReadInt32();
            if (types != PloverTypes.Count)
            {
                throw new InvalidDataException($"Model has {types} event types, this code expects {PloverTypes.Count}");
            }

            int modeCount = reader.ReadInt32();
            if (modeCount < 0 || modeCount > 256 - PloverTypes.Count)
            {
                throw new InvalidDataException($"Bad event model: {modeCount} modes");
            }

            var modes = new string[modeCount];
            for (int i = 0; i < modes.Length; i++)
            {
                modes[i] = reader.ReadString();
            }

            int width = types + modes.Length;
            var table = version == FormatVersion ? SparseWeightTable.Read(reader.BaseStream, width) : ReadDense(reader, width);
            int extras = reader.ReadInt32();
            if (extras is < 0 or > 10_000_000)
            {
                throw new InvalidDataException($"Bad event model: {extras} extra trigger forms");
            }

            var extraTriggers = new List<(string, int, float)>(extras);
            for (int i = 0; i < extras; i++)
            {
                extraTriggers.Add((reader.ReadString(), reader.ReadByte(), reader.ReadSingle()));
            }

            if (reader.BaseStream.ReadByte() >= 0)
            {
                throw new InvalidDataException("Bad event model: bytes after its last section");
            }

            return new EventModel(table, modes, extraTriggers);
        });
    }

    /// <summary>The model embedded in this assembly, or null when the build has none (a checkout before training).</summary>
    public static EventModel? LoadEmbedded()
    {
        using var stream = typeof(EventModelFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }

    private static void WriteHead(BinaryWriter writer, string[] modes)
    {
        writer.Write(PloverTypes.Count);
        writer.Write(modes.Length);
        foreach (string mode in modes)
        {
            writer.Write(mode);
        }
    }

    private static void WriteExtras(BinaryWriter writer, IReadOnlyList<(string Form, int Type, float Weight)> extras)
    {
        writer.Write(extras.Count);
        foreach (var (form, type, weight) in extras)
        {
            writer.Write(form);
            writer.Write((byte)type);
            writer.Write(weight);
        }
    }

    /// <summary>A version-1 table as its stored int8 values and scales, so the sparse table holds exactly its weights.</summary>
    private static SparseWeightTable ReadDense(BinaryReader reader, int width)
    {
        var (features, scales, values) = WeightTable.ReadQuantised(reader, width);
        return SparseWeightTable.FromDense(features, scales, values, width);
    }
}
