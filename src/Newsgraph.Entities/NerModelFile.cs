using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Newsgraph.Entities;

/// <summary>
/// The versioned binary model format: "NGNER" + format version, then the payload.
/// Version 4 (written now) holds flat little-endian arrays, uncompressed, that load with bulk
/// copies and no per-entry work: the label count; the feature hashes (sorted), one float scale and
/// one signed byte per label for each; the gazetteer as sorted token-sequence hashes with their kind
/// bits; the word classes as sorted word hashes with packed classes. Why uncompressed: inflating
/// the Brotli stream and summing the deltas was most of the model's cold-start load
/// (docs/benchmarks.md, coldstart2); git compresses the file anyway.
/// Version 3 (the same arrays, hashes as deltas, in a Brotli stream) and version 2 (Brotli; feature
/// deltas as varints, gazetteer and word classes as strings) are still read, so an older model file
/// loads, and `Newsgraph.Benchmarks ner-upgrade-model DIR` rewrites it as version 4 without retraining.
/// </summary>
internal static class NerModelFile
{
    public const int FormatVersion = 4;
    private const int BrotliFormatVersion = 3;
    private const int LegacyFormatVersion = 2;
    private static readonly byte[] Magic = "NGNER"u8.ToArray();

    public static void Write(Stream output, NerModel model)
    {
        RequireLittleEndian();
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(BilouLabels.Count);
        writer.Write(model.FeatureCount);
        writer.Write(MemoryMarshal.AsBytes(model.FeatureHashes));
        writer.Write(MemoryMarshal.AsBytes(model.Scales));
        writer.Write(MemoryMarshal.AsBytes(model.Rows));
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
        if (!header[..5].SequenceEqual(Magic) || header[5] is not (FormatVersion or BrotliFormatVersion or LegacyFormatVersion))
        {
            throw new InvalidDataException($"Not a Newsgraph fast NER model of format version {LegacyFormatVersion} to {FormatVersion}");
        }

        bool compressed = header[5] != FormatVersion;
        using var payload = compressed ? new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true) : null;
        Stream body = payload ?? input;
        using var reader = new BinaryReader(body, Encoding.UTF8, leaveOpen: true);
        int labels = reader.ReadInt32();
        if (labels != BilouLabels.Count)
        {
            throw new InvalidDataException($"Model has {labels} labels, this code expects {BilouLabels.Count}");
        }

        return header[5] == LegacyFormatVersion ? ReadLegacy(reader) : ReadFlat(body, reader, deltas: compressed);
    }

    /// <summary>Formats 3 (hashes as deltas, Brotli) and 4 (absolute hashes, uncompressed).</summary>
    private static NerModel ReadFlat(Stream body, BinaryReader reader, bool deltas)
    {
        RequireLittleEndian();
        var features = ReadArray<uint>(body, Count(reader));
        var scales = ReadArray<float>(body, features.Length);
        var rows = ReadArray<sbyte>(body, features.Length * BilouLabels.Count);
        int entries = Count(reader);
        var gazetteerKeys = ReadArray<ulong>(body, entries);
        var gazetteerValues = ReadArray<byte>(body, entries);
        int words = Count(reader);
        var clusterKeys = ReadArray<ulong>(body, words);
        var packed = ReadArray<uint>(body, words);
        if (deltas)
        {
            PrefixSums(features);
            PrefixSums(gazetteerKeys);
            PrefixSums(clusterKeys);
        }

        return new NerModel(features, scales, rows, new Gazetteer(gazetteerKeys, gazetteerValues), new WordClusters(clusterKeys, packed));
    }

    /// <summary>Format 2: varint feature deltas, then scale + row per feature, then gazetteer and word-class strings.</summary>
    private static NerModel ReadLegacy(BinaryReader reader)
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
        var rows = new sbyte[count * BilouLabels.Count];
        for (int i = 0; i < count; i++)
        {
            scales[i] = reader.ReadSingle();
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan(i * BilouLabels.Count, BilouLabels.Count)));
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

        return new NerModel(features, scales, rows, new Gazetteer(gazetteer), new WordClusters(clusters));
    }

    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();

        // A corrupt count must fail here, not as a multi-GB allocation.
        return count is >= 0 and <= 50_000_000 ? count : throw new InvalidDataException($"Implausible table size {count} in the NER model");
    }

    private static T[] ReadArray<T>(Stream stream, int count)
        where T : unmanaged
    {
        // A count the stream cannot hold fails before the allocation (a corrupt or cut file).
        if (stream.CanSeek && (long)count * Unsafe.SizeOf<T>() > stream.Length - stream.Position)
        {
            throw new InvalidDataException("The NER model file is shorter than its tables");
        }

        var array = GC.AllocateUninitializedArray<T>(count);
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

    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The NER model format is little-endian.");
        }
    }
}
