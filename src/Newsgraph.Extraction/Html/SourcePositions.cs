using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Where a node starts in the decoded source, for the document's source map: the '&lt;' of its
/// element's start tag (positions are block-level: a block maps to its element's start tag).
/// Returns -1 when neither the node nor an ancestor came from a tag in the source.
/// </summary>
internal static class SourcePositions
{
    public static int Of(HtmlNode node)
    {
        for (var e = node as HtmlElement ?? node.Parent; e is not null; e = e.Parent)
        {
            if (e.SourceStart >= 0)
            {
                return e.SourceStart;
            }
        }

        return -1;
    }
}
