using Newsgraph.Core.Documents;

namespace Newsgraph.Core.Tests.Documents;

public sealed class SourceMapTests
{
    [Fact]
    public void Maps_text_offsets_to_the_source_of_their_block()
    {
        var map = new SourceMap([new SourceSegment(0, 5, 100), new SourceSegment(7, 3, 240)]);

        Assert.Equal(100, map.ToSource(0));
        Assert.Equal(100, map.ToSource(4));
        Assert.Equal(240, map.ToSource(8));
    }

    [Fact]
    public void Inserted_separators_map_to_nothing()
    {
        var map = new SourceMap([new SourceSegment(0, 5, 100), new SourceSegment(7, 3, 240)]);

        Assert.Null(map.ToSource(5));
        Assert.Null(map.ToSource(6));
        Assert.Null(map.ToSource(10));
    }

    [Fact]
    public void Identity_map_keeps_every_offset()
    {
        var map = SourceMap.Identity(10);

        Assert.True(map.IsIdentity);
        Assert.Equal(7, map.ToSource(7));
    }
}
