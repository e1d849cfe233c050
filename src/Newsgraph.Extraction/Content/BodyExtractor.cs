using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Content;

/// <summary>Finds the article body in a parsed page.</summary>
internal sealed class BodyExtractor
{
    public BodyResult Extract(IHtmlDocument dom, CancellationToken cancellationToken)
    {
        var builder = new ArticleTextBuilder();
        foreach (var p in dom.QuerySelectorAll("p"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AppendBlock(BlockKind.Paragraph, p.TextContent.Trim(), Html.SourcePositions.Of(p));
        }

        return new BodyResult(builder.Text, builder.Blocks, builder.Links, builder.Segments, null, "paragraphs");
    }
}
