namespace Newsgraph.Entities.Tests;

public sealed class NerModelFileTests
{
    [Fact]
    public void The_committed_ner_model_file_round_trips_byte_for_byte_through_the_shared_reader_and_writer()
    {
        using var resource = typeof(NerModelFile).Assembly.GetManifestResourceStream("Newsgraph.Entities.ner-fast-v1.bin");
        Assert.NotNull(resource);
        using var original = new MemoryStream();
        resource.CopyTo(original);
        var model = NerModelFile.Read(new MemoryStream(original.ToArray()));

        int width = BilouLabels.Count;
        var weights = model.Weights.ToArray();
        var rows = model.Rows.ToDictionary(r => r.Key, r => weights.AsSpan(r.Value * width, width).ToArray());
        using var rewritten = new MemoryStream();
        NerModelFile.Write(rewritten, rows, model.Gazetteer.Entries, model.Clusters);

        Assert.Equal(original.ToArray(), rewritten.ToArray());
    }
}
