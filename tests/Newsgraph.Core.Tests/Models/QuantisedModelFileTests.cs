using System.Text;
using Newsgraph.Core.Models;

namespace Newsgraph.Core.Tests.Models;

public sealed class QuantisedModelFileTests
{
    private static byte[] Written(IReadOnlyDictionary<uint, float[]> rows, string tail)
    {
        using var stream = new MemoryStream();
        QuantisedModelFile.Write(stream, "NGTST"u8, 3, writer =>
        {
            WeightTable.Write(writer, rows);
            writer.Write(tail);
        });
        return stream.ToArray();
    }

    [Fact]
    public void A_weight_table_reads_back_within_one_quantisation_step_and_drops_zero_rows()
    {
        var rows = new Dictionary<uint, float[]>
        {
            [900] = [1.0f, -0.5f, 0.25f],
            [7] = [0f, 0f, 0f],
            [12] = [-2f, 0f, 1f],
        };

        var (table, tail) = QuantisedModelFile.Read(new MemoryStream(Written(rows, "after")), "NGTST"u8, 3, "test model", reader => (WeightTable.Read(reader, 3), reader.ReadString()));

        Assert.Equal("after", tail);
        Assert.Equal(2, table.RowByFeature.Count);
        Assert.False(table.RowByFeature.ContainsKey(7));
        foreach (uint key in new uint[] { 12, 900 })
        {
            for (int j = 0; j < 3; j++)
            {
                float step = rows[key].Max(Math.Abs) / 127f;
                Assert.InRange(table.Weights[(table.RowByFeature[key] * 3) + j], rows[key][j] - step, rows[key][j] + step);
            }
        }
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_bytes()
    {
        var rows = new Dictionary<uint, float[]> { [3] = [0.3f, -1.7f], [uint.MaxValue] = [5f, 0.001f] };
        byte[] first = Written(rows, "x");
        var table = QuantisedModelFile.Read(new MemoryStream(first), "NGTST"u8, 3, "test model", reader => WeightTable.Read(reader, 2));
        var reread = table.RowByFeature.ToDictionary(r => r.Key, r => table.Weights.AsSpan(r.Value * 2, 2).ToArray());

        Assert.Equal(first, Written(reread, "x"));
    }

    [Theory]
    [InlineData("NGXXX")]
    [InlineData("NG")]
    [InlineData("")]
    public void A_file_of_another_kind_or_too_short_is_refused_with_a_clear_error(string header)
    {
        var input = new MemoryStream(Encoding.ASCII.GetBytes(header));

        var error = Assert.Throws<InvalidDataException>(() => QuantisedModelFile.Read(input, "NGTST"u8, 3, "test model", reader => reader.ReadInt32()));
        Assert.Contains("test model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        byte[] bytes = Written(new Dictionary<uint, float[]>(), "x");

        Assert.Throws<InvalidDataException>(() => QuantisedModelFile.Read(new MemoryStream(bytes), "NGTST"u8, 4, "test model", reader => reader.ReadInt32()));
    }
}
