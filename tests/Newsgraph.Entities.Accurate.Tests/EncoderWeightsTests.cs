using Newsgraph.Entities.Accurate;

namespace Newsgraph.Entities.Accurate.Tests;

/// <summary>The tensor bundle (our exchange format with the fine-tuning script) and the fine-tuned
/// encoder weight file built on it.</summary>
public sealed class EncoderWeightsTests
{
    [Fact]
    public void A_bundle_reads_back_what_was_written()
    {
        var written = new Dictionary<string, Tensor>
        {
            ["a"] = Tensor.Of([1.5f, -2f, 3.25f, 0f], 2, 2),
            ["ids"] = Tensor.Of([7, 8, 9], 3),
            ["bytes"] = new Tensor([4], TensorType.UInt8, [1, 2, 3, 255]),
        };
        using var stream = new MemoryStream();
        TensorBundle.Write(stream, written);
        stream.Position = 0;
        var read = TensorBundle.Read(stream);
        Assert.Equal(written.Keys.Order(), read.Keys.Order());
        Assert.Equal([1.5f, -2f, 3.25f, 0f], read["a"].Floats());
        Assert.Equal([2, 2], read["a"].Dims);
        Assert.Equal([7, 8, 9], read["ids"].Ints());
        Assert.Equal(written["bytes"].Data, read["bytes"].Data);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'N', (byte)'G', (byte)'T', (byte)'B', 2, 0, 0, 0, 0 })]        // unknown format
    [InlineData(new byte[] { (byte)'N', (byte)'G', (byte)'T', (byte)'B', 1, 255, 255, 255, 127 })] // 2^31 tensors
    [InlineData(new byte[] { (byte)'X', (byte)'G', (byte)'T', (byte)'B', 1, 0, 0, 0, 0 })]        // not a bundle
    public void A_malformed_bundle_is_refused_before_allocating(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => TensorBundle.Read(new MemoryStream(bytes)));

    [Fact]
    public void A_bundle_claiming_a_huge_tensor_or_cut_short_is_refused()
    {
        using var stream = new MemoryStream();
        TensorBundle.Write(stream, [new("w", Tensor.Of([1f, 2f, 3f, 4f], 4))]);
        var bytes = stream.ToArray();
        Assert.Throws<EndOfStreamException>(() => TensorBundle.Read(new MemoryStream(bytes[..^3])));

        // The one dimension (right before the 16 data bytes) claims 2^30 floats: 4 GiB.
        BitConverter.GetBytes(1 << 30).CopyTo(bytes, bytes.Length - 16 - 4);
        Assert.Throws<InvalidDataException>(() => TensorBundle.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void Int8_columns_round_trip_within_half_a_step_of_each_column_scale()
    {
        var random = new Random(5);
        int rows = 7, columns = 5;
        var values = Enumerable.Range(0, rows * columns).Select(i => (float)((random.NextDouble() - 0.5) * (1 + (i % columns)))).ToArray();
        var (q, scales) = Int8Matrix.QuantiseColumns(values, rows, columns);
        using var stream = new MemoryStream();
        EncoderWeights.Write(stream, [new("m", q), new("m.scale", Tensor.Of(scales, columns)), new("b", Tensor.Of([0.25f, -1f], 2))]);
        stream.Position = 0;
        var weights = EncoderWeights.Read(stream);
        Assert.Equal(2, weights.Tensors.Count);
        var (restored, dims) = weights.Tensors["m"];
        Assert.Equal([7L, 5L], dims);
        for (int i = 0; i < values.Length; i++)
        {
            Assert.InRange(Math.Abs(restored[i] - values[i]), 0, (scales[i % columns] / 2) + 1e-6);
        }

        Assert.Equal([0.25f, -1f], weights.Tensors["b"].Values);
    }

    [Fact]
    public void An_int8_matrix_without_its_scales_is_refused()
    {
        var (q, _) = Int8Matrix.QuantiseColumns([1f, 2f], 1, 2);
        using var stream = new MemoryStream();
        EncoderWeights.Write(stream, [new("m", q)]);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => EncoderWeights.Read(stream));
    }
}
