using Newsgraph.Extraction.Html;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Tests.Html;

/// <summary>The tree-construction rules news pages rely on, checked on the tree's shape.</summary>
public sealed class HtmlTreeBuilderTests
{
    private static HtmlTree Parse(string html, int maxDepth = 256) => new HtmlPageParser(maxDepth).Parse(html, CancellationToken.None);

    /// <summary>The tree as a compact string: elements as name(children), text as 'text'.</summary>
    private static string Shape(HtmlElement e)
    {
        var parts = new List<string>();
        for (var n = e.FirstChild; n is not null; n = n.NextSibling)
        {
            parts.Add(n is HtmlElement c ? Shape(c) : $"'{((HtmlText)n).Data}'");
        }

        return $"{e.LocalName}({string.Join(",", parts)})";
    }

    [Theory]
    [InlineData("<p>a<p>b", "body(p('a'),p('b'))")]
    [InlineData("<p>a<div>b</div>", "body(p('a'),div('b'))")]
    [InlineData("<ul><li>a<li>b</ul>", "body(ul(li('a'),li('b')))")]
    [InlineData("<ul><li>a<ul><li>b</ul></ul>", "body(ul(li('a',ul(li('b')))))")]
    [InlineData("<dl><dt>a<dd>b</dl>", "body(dl(dt('a'),dd('b')))")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "body(table(tr(td('a'),td('b')),tr(td('c'))))")]
    [InlineData("<div><span>a</div>b", "body(div(span('a')),'b')")]
    [InlineData("<div>a</span>b</div>", "body(div('a','b'))")]
    [InlineData("<h2>a<h3>b", "body(h2('a'),h3('b'))")]
    [InlineData("<a href=x>a<a href=y>b</a>", "body(a('a'),a('b'))")]
    [InlineData("a</p>b", "body('a',p(),'b')")]
    [InlineData("a</br>b", "body('a',br(),'b')")]
    [InlineData("<form><form><p>x</p></form>", "body(form(p('x')))")]
    [InlineData("<div/>x", "body(div('x'))")]
    [InlineData("<svg><g><text>t</text></g></svg>x", "body(svg(),'x')")]
    [InlineData("<p>x</p></body><p>after</p>", "body(p('x'),p('after'))")]
    public void Builds_the_tree_a_browser_would(string body, string expected)
    {
        Assert.Equal(expected, Shape(Parse(body).Body));
    }

    [Fact]
    public void Head_elements_stay_in_head_and_html_attributes_are_kept()
    {
        var tree = Parse("<!doctype html><html lang=de><head><meta name=author content=\"Ann\"><title>T &amp; U</title></head><body class=story><p>x</p></body></html>");
        Assert.Equal("head(meta(),title('T & U'))", Shape(tree.Head));
        Assert.Equal("de", tree.DocumentElement.GetAttribute("lang"));
        Assert.Equal("story", tree.Body.GetAttribute("class"));
    }

    [Fact]
    public void Visible_content_before_body_starts_the_body()
    {
        var tree = Parse("<html><head><title>T</title><div>early</div><meta name=x content=y></head><body><p>late</p>");
        Assert.Contains("early", tree.Body.TextContent);
        Assert.Contains("late", tree.Body.TextContent);
    }

    [Theory]
    [InlineData("a &amp; b", "a & b")]
    [InlineData("&lt;tag&gt; &quot;q&quot;", "<tag> \"q\"")]
    [InlineData("it&#8217;s &#x2014; &#150;", "it’s — –")]
    [InlineData("caf&eacute; &nbsp;x", "café \u00A0x")]
    [InlineData("AT&T &unknown; &", "AT&T &unknown; &")]
    [InlineData("&copy 2024", "© 2024")]
    public void Character_references_in_text_are_decoded(string raw, string expected)
    {
        Assert.Equal(expected, Parse("<p>" + raw + "</p>").Body.TextContent);
    }

    [Fact]
    public void Attributes_are_read_quoted_unquoted_and_with_references()
    {
        var p = (HtmlElement)Parse("<p id=one CLASS='a b' data-x=\"q&amp;r\" href=/x?a=1&copy=2 id=two hidden>t</p>").Body.FirstChild!;
        Assert.Equal("one", p.GetAttribute("id"));
        Assert.Equal("a b", p.GetAttribute("class"));
        Assert.Equal("q&r", p.GetAttribute("data-x"));
        Assert.Equal("/x?a=1&copy=2", p.GetAttribute("href"));
        Assert.True(p.HasAttribute("hidden"));
        Assert.Equal(string.Empty, p.GetAttribute("hidden"));
        Assert.Null(p.GetAttribute("title"));
    }

    [Fact]
    public void Elements_past_the_depth_limit_are_counted_and_their_text_kept()
    {
        var tree = Parse(string.Concat(Enumerable.Repeat("<div>", 10)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 10)) + "<p>after</p>", maxDepth: 4);
        Assert.Equal(6, tree.BlankedTags);
        Assert.Equal("body(div(div(div(div('deep')))),p('after'))", Shape(tree.Body));
    }

    [Fact]
    public void Start_tags_point_at_their_angle_bracket()
    {
        const string html = "<html><body><div class=a><p>x</p></div>";
        var div = (HtmlElement)Parse(html).Body.FirstChild!;
        Assert.Equal(html.IndexOf("<div", StringComparison.Ordinal), div.SourceStart);
        Assert.Equal(html.IndexOf("<p>", StringComparison.Ordinal), ((HtmlElement)div.FirstChild!).SourceStart);
    }
}
