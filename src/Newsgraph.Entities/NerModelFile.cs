using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Newsgraph.Entities;

/// <summary>
/// The versioned binary model format: "NGNER" + format version, then a Brotli stream.
/// Version 3 (written now) holds flat little-endian arrays that load with bulk reads and no
/// per-entry allocation: the label count; the feature hashes (sorted, stored as deltas), one float
/// scale and one signed byte per label for each; the gazetteer as sorted token-sequence hashes
/// (deltas) with their kind bits; the word classes as sorted word hashes (deltas) with packed classes.
/// Version 2 (feature deltas as varints, gazetteer and word classes as strings) is still read, so
/// an older model file can be upgraded without retraining.
/// </summary>
internal static class NerModelFile
{
    public const int FormatVersion = 3;
    private const int LegacyFormatVersion = 2;
    private static readonly byte[] Magic = "NGNER"u8.ToArray();

    public static void Write(Stream output, NerModel model)
    {
        RequireLittleEndian();
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(BilouLabels.Count);
        writer.Write(model.FeatureCount);
        writer.Write(MemoryMarshal.AsBytes(Deltas(model.FeatureHashes).AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(model.Scales));
        writer.Write(MemoryMarshal.AsBytes(model.Rows));
        writer.Write(model.Gazetteer.Keys.Length);
        writer.Write(MemoryMarshal.AsBytes(Deltas(model.Gazetteer.Keys).AsSpan()));
        writer.Write(model.Gazetteer.Values);
        writer.Write(model.Clusters.Keys.Length);
        writer.Write(MemoryMarshal.AsBytes(Deltas(model.Clusters.Keys).AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(model.Clusters.Packed));
    }

    public static NerModel Read(Stream input)
    {
        Span<byte> header = stackalloc byte[6];
        input.ReadExactly(header);
        if (!header[..5].SequenceEqual(Magic) || header[5] is not (FormatVersion or LegacyFormatVersion))
        {
            throw new InvalidDataException($"Not a Newsgraph fast NER model of format version {LegacyFormatVersion} or {FormatVersion}");
        }

        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        int labels = reader.ReadInt32();
        if (labels != BilouLabels.Count)
        {
            throw new InvalidDataException($"Model has {labels} labels, this code expects {BilouLabels.Count}");
        }

        return header[5] == FormatVersion ? ReadCurrent(brotli, reader) : ReadLegacy(reader);
    }

    private static NerModel ReadCurrent(Stream brotli, BinaryReader reader)
    {
        RequireLittleEndian();
        var features = ReadArray<uint>(brotli, Count(reader));
        PrefixSums(features);
        var scales = ReadArray<float>(brotli, features.Length);
        var rows = ReadArray<sbyte>(brotli, features.Length * BilouLabels.Count);
        int entries = Count(reader);
        var gazetteerKeys = ReadArray<ulong>(brotli, entries);
        PrefixSums(gazetteerKeys);
        var gazetteerValues = ReadArray<byte>(brotli, entries);
        int words = Count(reader);
        var clusterKeys = ReadArray<ulong>(brotli, words);
        PrefixSums(clusterKeys);
        var packed = ReadArray<uint>(brotli, words);
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
        var array = new T[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static T[] Deltas<T>(ReadOnlySpan<T> sorted)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var deltas = new T[sorted.Length];
        T last = T.Zero;
        for (int i = 0; i < sorted.Length; i++)
        {
            deltas[i] = sorted[i] - last;
            last = sorted[i];
        }

        return deltas;
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
