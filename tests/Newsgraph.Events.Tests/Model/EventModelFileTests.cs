using Newsgraph.Core.Models;
using Newsgraph.Events.Classification;

namespace Newsgraph.Events.Tests.Model;

public sealed class EventModelFileTests
{
    [Fact]
    public void The_committed_model_file_round_trips_byte_for_byte_through_the_shared_reader_and_writer()
    {
        byte[] original = Committed();
        var model = EventModelFile.Read(new MemoryStream(original));

        using var rewritten = new MemoryStream();
        EventModelFile.Write(rewritten, model);

        Assert.Equal(original, rewritten.ToArray());
    }

    [Fact]
    public void The_committed_model_is_in_the_current_format()
    {
        Assert.Equal(EventModelFile.FormatVersion, Committed()[5]);
    }

    [Fact]
    public void Quantising_the_dense_rows_of_the_committed_model_writes_the_same_file()
    {
        byte[] original = Committed();
        var model = EventModelFile.Read(new MemoryStream(original));

        using var rewritten = new MemoryStream();
        EventModelFile.Write(rewritten, model.Table.ToDense(), model.Modes, model.ExtraTriggers);

        Assert.Equal(original, rewritten.ToArray());
    }

    [Fact]
    public void A_version_1_file_dense_and_Brotli_compressed_loads_and_scores_as_the_current_one()
    {
        var model = EventModelFile.Read(new MemoryStream(Committed()));
        var dense = model.Table.ToDense();
        using var legacy = new MemoryStream();
        QuantisedModelFile.Write(legacy, "NGEVT"u8, 1, writer =>
        {
            writer.Write(PloverTypes.Count);
            writer.Write(model.Modes.Length);
            foreach (string mode in model.Modes)
            {
                writer.Write(mode);
            }

            WeightTable.Write(writer, dense);
            writer.Write(model.ExtraTriggers.Count);
            foreach (var (form, type, weight) in model.ExtraTriggers)
            {
                writer.Write(form);
                writer.Write((byte)type);
                writer.Write(weight);
            }
        });

        var fromLegacy = EventModelFile.Read(new MemoryStream(legacy.ToArray()));

        Assert.Equal(model.FeatureRows, fromLegacy.FeatureRows);
        Assert.Equal(model.Modes, fromLegacy.Modes);
        Assert.Equal(model.ExtraTriggers, fromLegacy.ExtraTriggers);
        using var upgraded = new MemoryStream();
        EventModelFile.Write(upgraded, fromLegacy);
        Assert.Equal(Committed(), upgraded.ToArray());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_truncated_file_fails_with_a_clear_error(double keptShare)
    {
        byte[] original = Committed();
        byte[] cut = original[..(int)(original.Length * keptShare)];

        var error = Assert.Throws<InvalidDataException>(() => EventModelFile.Read(new MemoryStream(cut)));

        Assert.Contains("event model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_body_fails_with_InvalidDataException()
    {
        byte[] corrupt = Committed();
        for (int i = 100; i < corrupt.Length; i += 97)
        {
            corrupt[i] ^= 0x5A;
        }

        Assert.Throws<InvalidDataException>(() => EventModelFile.Read(new MemoryStream(corrupt)));
    }

    [Fact]
    public void Another_kind_of_file_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => EventModelFile.Read(new MemoryStream("NGNER\u0003abc"u8.ToArray())));

        Assert.Contains("event model", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Committed()
    {
        using var resource = typeof(EventModelFile).Assembly.GetManifestResourceStream(EventModelFile.ResourceName);
        Assert.NotNull(resource);
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}
