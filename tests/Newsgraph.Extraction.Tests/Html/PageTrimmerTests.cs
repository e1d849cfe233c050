using System.Text;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Extraction.Tests.Html;

/// <summary>
/// The pre-parse pass cuts script/style bodies, comments and SVG internals: what the reader sees
/// must not change, JSON-LD must still be read, and block source positions must still point into
/// the decoded source.
/// </summary>
public sealed class PageTrimmerTests
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
    public void Script_style_comment_and_svg_bodies_are_cut_and_tags_kept()
    {
        var page = PageTrimmer.Prepare(Page(), 256);
        Assert.DoesNotContain("not markup", page.Html);
        Assert.DoesNotContain("color: red", page.Html);
        Assert.DoesNotContain("a comment", page.Html);
        Assert.DoesNotContain("<path", page.Html);
        Assert.Contains("<script></script>", page.Html);
        Assert.Contains("<svg viewBox=\"0 0 10 10\"></svg><svg/>", page.Html);
        Assert.Contains(Prose, page.Html);
        Assert.Single(page.JsonLd);
        Assert.StartsWith("{\"@type\":\"NewsArticle\"", page.JsonLd[0].ToString());
    }

    [Fact]
    public void Trimmed_positions_map_back_to_the_source()
    {
        string html = Page();
        var page = PageTrimmer.Prepare(html, 256);
        int trimmed = page.Html.IndexOf("<article>", StringComparison.Ordinal);
        Assert.Equal(html.IndexOf("<article>", StringComparison.Ordinal), page.Offsets.ToSource(trimmed));
        Assert.Equal(0, page.Offsets.ToSource(0));
        Assert.Equal(-1, page.Offsets.ToSource(-1));
    }

    [Fact]
    public void Page_without_anything_to_cut_is_passed_through()
    {
        const string html = "<html><body><p>Plain page.</p></body></html>";
        var page = PageTrimmer.Prepare(html, 256);
        Assert.Same(html, page.Html);
        Assert.True(page.Offsets.IsIdentity);
    }

    [Fact]
    public void Reader_keeps_body_json_ld_metadata_and_source_positions()
    {
        string html = Page();
        var document = new ExtractionStage().Read(new RawInput("test:trim", Encoding.UTF8.GetBytes(html)), CancellationToken.None);

        Assert.Contains(Prose, document.Text);
        Assert.DoesNotContain("not markup", document.Text);
        var info = document.Get(ArticleLayers.Info);
        Assert.Equal("2024-03-04", info.Published?[..10]);
        Assert.Contains(info.Authors, a => a.Name == "Ada Lovelace");
        foreach (var segment in document.SourceMap.Segments)
        {
            Assert.InRange(segment.SourceStart, 0, html.Length - 1);
            Assert.Equal('<', html[segment.SourceStart - 1]); // AngleSharp positions are one past the "<"
        }

        int second = document.Text.IndexOf("Tuesday", StringComparison.Ordinal);
        int? source = document.SourceMap.ToSource(second);
        Assert.NotNull(source);
        Assert.StartsWith("p>" + Prose.Replace("Monday", "Tuesday")[..20], html[source.Value..]);
    }

    [Fact]
    public void Source_positions_are_the_same_for_trimmed_and_untrimmed_pages()
    {
        string plain = "<html><body><article><p>" + Prose + "</p></article></body></html>";
        string noisy = "<html><head><script>var a = 1;</script></head><body><!-- c --><article><p>" + Prose + "</p></article></body></html>";
        int Start(string html) => new ExtractionStage().Read(new RawInput("test:pos", Encoding.UTF8.GetBytes(html)), CancellationToken.None).SourceMap.Segments[0].SourceStart;
        Assert.Equal(plain.IndexOf("<p>", StringComparison.Ordinal) - Start(plain), noisy.IndexOf("<p>", StringComparison.Ordinal) - Start(noisy));
    }

    [Fact]
    public void Unterminated_script_cuts_to_the_end_without_failing()
    {
        var page = PageTrimmer.Prepare("<html><body><p>Before.</p><script>var x = '<p>never closed", 256);
        Assert.EndsWith("<script>", page.Html);
    }
}
