using Newsgraph.Events.Classification;

namespace Newsgraph.Events.Tests.Model;

public sealed class EventModelFileTests
{
    [Fact]
    public void The_committed_model_file_round_trips_byte_for_byte_through_the_shared_reader_and_writer()
    {
        using var resource = typeof(EventModelFile).Assembly.GetManifestResourceStream(EventModelFile.ResourceName);
        Assert.NotNull(resource);
        using var original = new MemoryStream();
        resource.CopyTo(original);
        var model = EventModelFile.Read(new MemoryStream(original.ToArray()));

        int width = model.RowWidth;
        var weights = model.Weights.ToArray();
        var rows = model.Rows.ToDictionary(r => r.Key, r => weights.AsSpan(r.Value * width, width).ToArray());
        using var rewritten = new MemoryStream();
        EventModelFile.Write(rewritten, rows, model.Modes, model.ExtraTriggers);

        Assert.Equal(original.ToArray(), rewritten.ToArray());
    }
}
