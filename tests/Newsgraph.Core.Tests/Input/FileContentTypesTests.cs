using Newsgraph.Core.Input;

namespace Newsgraph.Core.Tests.Input;

public sealed class FileContentTypesTests
{
    [Theory]
    [InlineData("page.txt", "text/plain")]
    [InlineData("dir/page.HTML", "text/html")]
    [InlineData("page.htm.gz", "text/html")]
    [InlineData("page.xhtml.GZ", "application/xhtml+xml")]
    [InlineData("page.gz", null)]
    [InlineData("page.json", null)]
    [InlineData("page", null)]
    public void A_file_name_implies_a_content_type_or_none(string path, string? expected) =>
        Assert.Equal(expected, FileContentTypes.Of(path));
}
