using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Newsgraph.Entities;

/// <summary>
/// The versioned binary model format: "NGNER" + format version, then the payload.
/// Version 5 (written now) stores the tagger's row table exactly as it lies in memory, so the
/// embedded model is used in place with no copy and no fill at load: a 32-byte header (magic,
/// version, label count, feature count, slot count, zero padding), the open-addressing slots
/// (32 bytes each: int8 labels 0-15, feature hash, float scale, label 16, used flag), then the
/// gazetteer as sorted token-sequence hashes with their kind bits and the word classes as sorted
/// word hashes with packed classes. Why: copying version 4's arrays out of the resource and
/// filling the 15 MB table from them was the longest load of a cold `analyze` (~150 ms, most of it
/// faulting in fresh pages; docs/benchmarks.md, coldstart3). The file is larger (the table's free
/// slots are stored), which git compresses.
/// Version 4 (flat sorted arrays, uncompressed), version 3 (the same, hashes as deltas, in a Brotli
/// stream) and version 2 (Brotli; feature deltas as varints, gazetteer and word classes as strings)
/// are still read (the table is then built at load), and `Newsgraph.Benchmarks ner-upgrade-model DIR`
/// rewrites an older file as version 5 without retraining.
/// </summary>
internal static class NerModelFile
{
    public const int FormatVersion = 5;
    private const int FlatFormatVersion = 4;
    private const int BrotliFormatVersion = 3;
    private const int LegacyFormatVersion = 2;
    private static readonly byte[] Magic = "NGNER"u8.ToArray();

    /// <summary>Version 5's header: magic, version, three counts, zero padding up to the slots.
    /// Why 32: the slots start aligned in the file as they are in memory.</summary>
    private const int TableHeaderBytes = 32;

    public static void Write(Stream output, NerModel model)
    {
        RequireLittleEndian();
        RequireSlotLayout();
        var slots = model.Slots;
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(model.Labels);
        writer.Write(model.FeatureCount);
        writer.Write(slots.Length);
        writer.Write(new byte[TableHeaderBytes - Magic.Length - 1 - (3 * sizeof(int))]);
        writer.Write(MemoryMarshal.AsBytes(slots));
        writer.Write(model.Gazetteer.Keys.Length);
        writer.Write(MemoryMarshal.AsBytes(model.Gazetteer.Keys));
        writer.Write(model.Gazetteer.Values);
        writer.Write(model.Clusters.Keys.Length);
        writer.Write(MemoryMarshal.AsBytes(model.Clusters.Keys));
        writer.Write(MemoryMarshal.AsBytes(model.Clusters.Packed));
    }

    public static NerModel Read(Stream input)
    {
        Span<byte> header = stackalloc byte[6];
        input.ReadExactly(header);
        if (!header[..5].SequenceEqual(Magic) || header[5] is not (FormatVersion or FlatFormatVersion or BrotliFormatVersion or LegacyFormatVersion))
        {
            throw new InvalidDataException($"Not a Newsgraph fast NER model of format version {LegacyFormatVersion} to {FormatVersion}");
        }

        bool compressed = header[5] is BrotliFormatVersion or LegacyFormatVersion;
        using var payload = compressed ? new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true) : null;
        Stream body = payload ?? input;
        using var reader = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
        int labels = reader.ReadInt32();
        if (labels != BilouLabels.Count && labels != BilouLabels.TaggerCount)
        {
            throw new InvalidDataException($"Model has {labels} labels, this code reads {BilouLabels.Count} or {BilouLabels.TaggerCount}");
        }

        return header[5] switch
        {
            FormatVersion => ReadTable(body, reader, labels),
            LegacyFormatVersion => ReadLegacy(reader, labels),
            _ => ReadFlat(body, reader, deltas: compressed, labels),
        };
    }

    /// <summary>
    /// The gazetteer and word classes of a format-5 file of any label count, its weights skipped: an
    /// experiment reuses them (no k-means) from a model of an older label set (ner-fast7: 17 → 21).
    /// </summary>
    public static (Gazetteer Gazetteer, WordClusters Clusters) ReadLookupsOnly(Stream input)
    {
        RequireLittleEndian();
        Span<byte> header = stackalloc byte[6];
        input.ReadExactly(header);
        if (!header[..5].SequenceEqual(Magic) || header[5] != FormatVersion)
        {
            throw new InvalidDataException($"Not a Newsgraph fast NER model of format version {FormatVersion}");
        }

        using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        reader.ReadInt32();
        Count(reader);
        int slotCount = Count(reader);
        input.ReadExactly(stackalloc byte[TableHeaderBytes - Magic.Length - 1 - (3 * sizeof(int))]);
        input.Seek((long)slotCount * Unsafe.SizeOf<NerModel.RowTable.Slot>(), SeekOrigin.Current);
        return ReadLookups(input, reader, deltas: false);
    }

    /// <summary>
    /// Format 5. From the embedded resource (an <see cref="UnmanagedMemoryStream"/> over the mapped
    /// assembly) the slots are used where they lie; from any other stream they are read into a
    /// pinned array and checked slot by slot.
    /// </summary>
    private static unsafe NerModel ReadTable(Stream body, BinaryReader reader, int labels)
    {
        RequireLittleEndian();
        RequireSlotLayout();
        int features = Count(reader);
        int slotCount = Count(reader);

        // A slot count the feature count does not explain fails before anything is allocated.
        if (slotCount <= features || slotCount > (4L * features) + 16)
        {
            throw new InvalidDataException($"The NER model's row table has {slotCount} slots for {features} features");
        }

        body.ReadExactly(stackalloc byte[TableHeaderBytes - Magic.Length - 1 - (3 * sizeof(int))]);
        long tableBytes = (long)slotCount * Unsafe.SizeOf<NerModel.RowTable.Slot>();
        NerModel.RowTable table;
        if (body is UnmanagedMemoryStream mapped)
        {
            if (tableBytes > mapped.Length - mapped.Position)
            {
                throw new InvalidDataException("The NER model file is shorter than its tables");
            }

            table = NerModel.RowTable.InPlace(mapped.PositionPointer, slotCount, features, mapped);
            mapped.Seek(tableBytes, SeekOrigin.Current);
        }
        else
        {
            table = NerModel.RowTable.FromReadSlots(ReadArray<NerModel.RowTable.Slot>(body, slotCount, pinned: true), features);
        }

        var (gazetteer, clusters) = ReadLookups(body, reader, deltas: false);
        return new NerModel(table, gazetteer, clusters, labels);
    }

    /// <summary>The gazetteer and word clusters that end formats 3–5 (key arrays as deltas in format 3).</summary>
    private static (Gazetteer Gazetteer, WordClusters Clusters) ReadLookups(Stream body, BinaryReader reader, bool deltas)
    {
        int entries = Count(reader);
        var gazetteerKeys = ReadArray<ulong>(body, entries);
        var gazetteerValues = ReadArray<byte>(body, entries);
        int words = Count(reader);
        var clusterKeys = ReadArray<ulong>(body, words);
        var packed = ReadArray<uint>(body, words);
        if (deltas)
        {
            PrefixSums(gazetteerKeys);
            PrefixSums(clusterKeys);
        }

        return (new Gazetteer(gazetteerKeys, gazetteerValues), new WordClusters(clusterKeys, packed));
    }

    /// <summary>Formats 3 (hashes as deltas, Brotli) and 4 (absolute hashes, uncompressed).</summary>
    private static NerModel ReadFlat(Stream body, BinaryReader reader, bool deltas, int labels)
    {
        RequireLittleEndian();
        var features = ReadArray<uint>(body, Count(reader));
        var scales = ReadArray<float>(body, features.Length);
        var rows = Widen(ReadArray<sbyte>(body, features.Length * labels), labels);
        var (gazetteer, clusters) = ReadLookups(body, reader, deltas);
        if (deltas)
        {
            PrefixSums(features);
        }

        return new NerModel(features, scales, rows, gazetteer, clusters, labels);
    }

    /// <summary>Rows of <paramref name="labels"/> weights laid out as the row table's (zero weights beyond them).</summary>
    private static sbyte[] Widen(sbyte[] rows, int labels)
    {
        int stride = NerModel.RowTable.Labels;
        if (labels == stride)
        {
            return rows;
        }

        int count = rows.Length / labels;
        var wide = new sbyte[count * stride];
        for (int i = 0; i < count; i++)
        {
            rows.AsSpan(i * labels, labels).CopyTo(wide.AsSpan(i * stride));
        }

        return wide;
    }

    /// <summary>Format 2: varint feature deltas, then scale + row per feature, then gazetteer and word-class strings.</summary>
    private static NerModel ReadLegacy(BinaryReader reader, int labels)
    {
        int count = Count(reader);
        var features = new uint[count];
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)reader.Read7BitEncodedInt();
            features[i] = key;
        }

        var scales = new float[count];
        var rows = new sbyte[count * labels];
        for (int i = 0; i < count; i++)
        {
            scales[i] = reader.ReadSingle();
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan(i * labels, labels)));
        }

        int entries = Count(reader);
        var gazetteer = new List<(string, int)>(entries);
        for (int i = 0; i < entries; i++)
        {
            gazetteer.Add((reader.ReadString(), reader.ReadByte()));
        }

        int words = Count(reader);
        var clusters = new List<(string, int, int)>(words);
        for (int i = 0; i < words; i++)
        {
            clusters.Add((reader.ReadString(), reader.ReadUInt16(), reader.ReadUInt16()));
        }

        return new NerModel(features, scales, Widen(rows, labels), new Gazetteer(gazetteer), new WordClusters(clusters), labels);
    }

    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();

        // A corrupt count must fail here, not as a multi-GB allocation.
        return count is >= 0 and <= 50_000_000 ? count : throw new InvalidDataException($"Implausible table size {count} in the NER model");
    }

    private static T[] ReadArray<T>(Stream stream, int count, bool pinned = false)
        where T : unmanaged
    {
        // A count the stream cannot hold fails before the allocation (a corrupt or cut file).
        if (stream.CanSeek && (long)count * Unsafe.SizeOf<T>() > stream.Length - stream.Position)
        {
            throw new InvalidDataException("The NER model file is shorter than its tables");
        }

        var array = GC.AllocateUninitializedArray<T>(count, pinned);
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void PrefixSums<T>(T[] deltas)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        T sum = T.Zero;
        for (int i = 0; i < deltas.Length; i++)
        {
            sum += deltas[i];
            deltas[i] = sum;
        }
    }

    /// <summary>The slots are stored as laid out in memory, so the layout is part of the format.</summary>
    private static void RequireSlotLayout()
    {
        if (Unsafe.SizeOf<NerModel.RowTable.Slot>() != 32)
        {
            throw new PlatformNotSupportedException("The NER model's row slots must be 32 bytes.");
        }
    }

    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The NER model format is little-endian.");
        }
    }
}
