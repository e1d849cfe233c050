using AngleSharp.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Where a node starts in the decoded source, for the document's source map. Returns -1 when the
/// parser kept no position (positions are block-level: a block maps to its element's start tag).
/// </summary>
internal static class SourcePositions
{
    public static int Of(INode node)
    {
        for (INode? n = node; n is not null; n = n.Parent)
        {
            if (n is IElement { SourceReference: { } reference })
            {
                return reference.Position.Position;
            }
        }

        return -1;
    }
}
