using System.Text;
using Newsgraph.Corpus.Sources;

namespace Newsgraph.Corpus.Tests.Sources;

/// <summary>Recognising JSONL of extracted articles by content (a file without a .jsonl name).</summary>
public sealed class JsonlSniffingTests
{
    [Fact]
    public void A_first_line_object_with_a_text_field_is_jsonl()
    {
        Assert.True(JsonlSource.LooksLikeJsonl(Bytes("{\"id\":\"a\",\"text\":\"Body.\"}\n{\"id\":\"b\",\"text\":\"More.\"}\n")));
    }

    [Fact]
    public void A_first_line_longer_than_the_head_still_counts()
    {
        string line = "{\"id\":\"a\",\"title\":\"t\",\"text\":\"" + new string('x', 20_000) + "\"}\n";
        Assert.True(JsonlSource.LooksLikeJsonl(Bytes(line)[..8192]));
    }

    [Theory]
    [InlineData("{\n  \"id\": \"a\",\n  \"text\": \"pretty-printed JSON\"\n}\n")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":\"1\",\"content_text\":\"x\"}]}\n")]
    [InlineData("{\"id\":\"a\",\"body\":{\"text\":\"nested, not top level\"}}\n")]
    [InlineData("{\"id\":\"a\",\"text\":42}\n")]
    [InlineData("<html><body>{\"text\":\"x\"}</body></html>\n")]
    [InlineData("not json at all\n")]
    [InlineData("")]
    public void Other_content_is_not_jsonl(string content)
    {
        Assert.False(JsonlSource.LooksLikeJsonl(Bytes(content)));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
