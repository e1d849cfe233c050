using System.Text;

namespace Newsgraph.Extraction.Tests.Content;

public sealed class DeepNestingTests
{
    [Fact]
    public void Deeply_nested_page_returns_without_stack_overflow()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body>");
        html.Append("<div class=\"article-body\"><p>").Append(BodyFixture.Prose("bridge")).Append("</p></div>");
        for (int i = 0; i < depth; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>").Append(BodyFixture.Prose("buried")).Append("</p>");
        html.Append("</body></html>");

        var body = BodyFixture.Extract(html.ToString());

        Assert.Contains("bridge", body.Text);
        Assert.DoesNotContain("buried", body.Text);
    }

    [Fact]
    public void Honours_cancellation()
    {
        var parser = new Newsgraph.Extraction.Html.HtmlPageParser();
        using var dom = parser.Parse(BodyFixture.Page("<p>text</p>"), CancellationToken.None);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new Newsgraph.Extraction.Content.BodyExtractor().Extract(dom, cts.Token));
    }
}
