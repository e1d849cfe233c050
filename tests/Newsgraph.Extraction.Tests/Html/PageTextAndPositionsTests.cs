using System.Text;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Extraction.Tests.Html;

/// <summary>
/// Script/style bodies, comments and SVG internals never reach the tree: what the reader sees must
/// not change, JSON-LD must still be read, and block source positions must point at the block's
/// start tag in the decoded source.
/// </summary>
public sealed class PageTextAndPositionsTests
{
    private const string Prose = "The harbour bridge reopened on Monday after eighteen months of repairs, city officials said, and traffic resumed within the hour.";

    private static string Page() =>
        "<html><head><title>Bridge reopens</title>"
        + "<style>p { color: red; } /* <p>not text</p> */</style>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\",\"author\":{\"@type\":\"Person\",\"name\":\"Ada Lovelace\"},\"datePublished\":\"2024-03-04T09:00:00Z\"}</script>"
        + "<script>var s = '<div>not markup</div>'; if (a < b) { document.write('</p>'); }</script>"
        + "</head><body><!-- a comment with <p>markup</p> -->"
        + "<svg viewBox=\"0 0 10 10\"><path d=\"M0 0\"/><title>icon</title></svg><svg/>"
        + "<article><h1>Bridge reopens</h1><p class=\"byline\">By Ada Lovelace</p><p>" + Prose + "</p><!----><p>" + Prose.Replace("Monday", "Tuesday") + "</p></article></body></html>";

    [Fact]
    public void Script_style_comment_and_svg_contents_are_not_page_text()
    {
        var tree = new HtmlPageParser().Parse(Page(), CancellationToken.None);
        string text = tree.DocumentElement.TextContent;
        Assert.DoesNotContain("not markup", text);
        Assert.DoesNotContain("color: red", text);
        Assert.DoesNotContain("a comment", text);
        Assert.DoesNotContain("icon", text);
        Assert.Contains(Prose, text);
        Assert.Single(tree.JsonLd);
        Assert.StartsWith("{\"@type\":\"NewsArticle\"", tree.JsonLd[0].ToString());
    }

    [Fact]
    public void Reader_keeps_body_json_ld_metadata_and_source_positions()
    {
        string html = Page();
        var document = new ExtractionStage().Read(new RawInput("test:positions", Encoding.UTF8.GetBytes(html)), CancellationToken.None);

        Assert.Contains(Prose, document.Text);
        Assert.DoesNotContain("not markup", document.Text);
        var info = document.Get(ArticleLayers.Info);
        Assert.Equal("2024-03-04", info.Published?[..10]);
        Assert.Contains(info.Authors, a => a.Name == "Ada Lovelace");
        Assert.NotEmpty(document.SourceMap.Segments);
        foreach (var segment in document.SourceMap.Segments)
        {
            Assert.Equal('<', html[segment.SourceStart]);
        }

        int second = document.Text.IndexOf("Tuesday", StringComparison.Ordinal);
        int? source = document.SourceMap.ToSource(second);
        Assert.NotNull(source);
        Assert.StartsWith("<p>" + Prose.Replace("Monday", "Tuesday")[..20], html[source.Value..]);
    }

    [Fact]
    public void Unterminated_script_ends_the_page_without_failing()
    {
        var tree = new HtmlPageParser().Parse("<html><body><p>Before.</p><script>var x = '<p>never closed", CancellationToken.None);
        Assert.Equal("Before.", tree.Body.TextContent);
    }
}
