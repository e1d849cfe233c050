using Newsgraph.Core.Documents;

namespace Newsgraph.Core.Tests.Documents;

public sealed class DocumentTests
{
    private static readonly LayerKey<string> Sample = new("sample");

    [Fact]
    public void Layers_are_append_only()
    {
        var doc = new Document("text", new SourceInfo("stdin:", "text/plain", 4, ""));
        doc.Add(Sample, "first");

        Assert.Throws<InvalidOperationException>(() => doc.Add(Sample, "second"));
        Assert.Equal("first", doc.Get(Sample));
    }

    [Fact]
    public void Missing_layer_names_the_layer()
    {
        var doc = new Document("text", new SourceInfo("stdin:", "text/plain", 4, ""));

        var ex = Assert.Throws<KeyNotFoundException>(() => doc.Get(Sample));
        Assert.Contains("sample", ex.Message, StringComparison.Ordinal);
    }
}
