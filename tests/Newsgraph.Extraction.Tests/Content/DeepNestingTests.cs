using System.Text;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Extraction.Tests.Content;

/// <summary>
/// Deep pages must neither overflow the stack nor be read past the depth limit. The nesting here is
/// 5,000 rather than 100,000 because AngleSharp's tree builder (and its DOM insertion API) is
/// quadratic in nesting depth, which would make the test take minutes; to prove the walk is
/// iterative the extractor runs on a thread with a 256 KiB stack, where a recursive walk of 5,000
/// levels would overflow.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Depth = 5_000;

    [Fact]
    public void Deeply_nested_page_is_walked_without_recursion()
    {
        var result = ExtractOnSmallStack(new InputLimits { MaxDepth = 1_000_000 }, withShallowParagraph: false);

        Assert.Contains("buried", result.Text);
    }

    [Fact]
    public void Content_below_the_depth_limit_is_not_read()
    {
        var result = ExtractOnSmallStack(InputLimits.Default, withShallowParagraph: true);

        Assert.Contains("bridge", result.Text);
        Assert.DoesNotContain("buried", result.Text);
    }

    [Fact]
    public void Honours_cancellation()
    {
        var dom = new HtmlPageParser().Parse(BodyFixture.Page("<p>text</p>"), CancellationToken.None);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new BodyExtractor().Extract(dom, cts.Token));
    }

    private static BodyResult ExtractOnSmallStack(InputLimits limits, bool withShallowParagraph)
    {
        var html = new StringBuilder("<html><body><div class=\"column\">");
        if (withShallowParagraph)
        {
            html.Append("<div class=\"wrap\"><p>").Append(BodyFixture.Prose("bridge")).Append("</p></div>");
        }

        for (int i = 0; i < Depth; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>").Append(BodyFixture.Prose("buried")).Append("</p></body></html>");
        var dom = new HtmlPageParser().Parse(html.ToString(), CancellationToken.None);
        BodyResult? result = null;
        var thread = new Thread(() => result = new BodyExtractor(limits).Extract(dom, CancellationToken.None), 256 * 1024);
        thread.Start();
        thread.Join();
        return result!;
    }
}
