using System.Buffers.Binary;
using System.Text;

namespace Newsgraph.Entities.Accurate;

/// <summary>Element types a <see cref="TensorBundle"/> stores (the byte written for each).</summary>
internal enum TensorType : byte
{
    Float32 = 0,
    Int8 = 1,
    Int32 = 2,
    UInt16 = 3,
    UInt8 = 4,
}

/// <summary>One named array: its shape, element type and little-endian bytes.</summary>
internal sealed record Tensor(int[] Dims, TensorType Type, byte[] Data)
{
    public long Count => Dims.Aggregate(1L, (a, d) => a * d);

    public static int Size(TensorType type) => type switch
    {
        TensorType.Float32 or TensorType.Int32 => 4,
        TensorType.UInt16 => 2,
        _ => 1,
    };

    public static Tensor Of(float[] values, params int[] dims)
    {
        var data = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(4 * i), values[i]);
        }

        return new Tensor(dims, TensorType.Float32, data);
    }

    public static Tensor Of(int[] values, params int[] dims)
    {
        var data = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(4 * i), values[i]);
        }

        return new Tensor(dims, TensorType.Int32, data);
    }

    public float[] Floats()
    {
        Expect(TensorType.Float32);
        var values = new float[Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(Data.AsSpan(4 * i));
        }

        return values;
    }

    public int[] Ints()
    {
        Expect(TensorType.Int32);
        var values = new int[Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt32LittleEndian(Data.AsSpan(4 * i));
        }

        return values;
    }

    private void Expect(TensorType type)
    {
        if (Type != type)
        {
            throw new InvalidDataException($"expected a {type} tensor, found {Type}");
        }
    }
}

/// <summary>
/// A flat file of named tensors, the exchange format between our C# code and the fine-tuning script
/// (tools/gpu/finetune_ner.py reads and writes it with struct + numpy), and the body of the committed
/// encoder weights. Layout (little-endian): "NGTB", format byte 1, tensor count (int32); per tensor the
/// name (uint16 length + UTF-8), the element type byte, the rank byte, the dims (int32 each), the data.
/// A tensor is at most 2 GiB and a bundle at most 100,000 tensors; a larger claim is refused before allocating.
/// </summary>
internal static class TensorBundle
{
    public const byte FormatVersion = 1;
    private const int MaxTensors = 100_000;
    private const long MaxTensorBytes = 1L << 31;
    private static ReadOnlySpan<byte> Magic => "NGTB"u8;

    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, Tensor>> tensors)
    {
        var list = tensors.ToList();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(list.Count);
        foreach (var (name, tensor) in list)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            if (tensor.Data.LongLength != tensor.Count * Tensor.Size(tensor.Type))
            {
                throw new ArgumentException($"tensor {name}: {tensor.Data.Length} bytes for shape [{string.Join(',', tensor.Dims)}] of {tensor.Type}");
            }

            writer.Write((ushort)bytes.Length);
            writer.Write(bytes);
            writer.Write((byte)tensor.Type);
            writer.Write((byte)tensor.Dims.Length);
            foreach (int d in tensor.Dims)
            {
                writer.Write(d);
            }

            writer.Write(tensor.Data);
        }
    }

    public static Dictionary<string, Tensor> Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        Span<byte> header = stackalloc byte[Magic.Length + 1];
        stream.ReadExactly(header);
        if (!header[..Magic.Length].SequenceEqual(Magic) || header[^1] != FormatVersion)
        {
            throw new InvalidDataException($"not a tensor bundle of format {FormatVersion}");
        }

        int count = reader.ReadInt32();
        if (count is < 0 or > MaxTensors)
        {
            throw new InvalidDataException($"implausible tensor count {count}");
        }

        var tensors = new Dictionary<string, Tensor>(count, StringComparer.Ordinal);
        for (int t = 0; t < count; t++)
        {
            string name = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadUInt16()));
            byte type = reader.ReadByte();
            int rank = reader.ReadByte();
            if (type > (byte)TensorType.UInt8 || rank > 8)
            {
                throw new InvalidDataException($"tensor {name}: unknown type {type} or rank {rank}");
            }

            var dims = new int[rank];
            long bytes = Tensor.Size((TensorType)type);
            for (int d = 0; d < rank; d++)
            {
                dims[d] = reader.ReadInt32();
                bytes *= dims[d];
                if (dims[d] < 0 || bytes > MaxTensorBytes)
                {
                    throw new InvalidDataException($"tensor {name}: implausible shape");
                }
            }

            var data = new byte[bytes];
            stream.ReadExactly(data);
            if (!tensors.TryAdd(name, new Tensor(dims, (TensorType)type, data)))
            {
                throw new InvalidDataException($"tensor {name} appears twice");
            }
        }

        return tensors;
    }
}
