using Newsgraph.Core.Documents;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// The article body found in a page: the clean text (blocks joined by blank lines), its block
/// structure, body links, a map back to source offsets, and the container element it came from.
/// </summary>
internal sealed record BodyResult(
    string Text,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<Link> Links,
    IReadOnlyList<SourceSegment> Segments,
    HtmlElement? Container,
    string Strategy)
{
    public static BodyResult Empty(string strategy) => new(string.Empty, [], [], [], null, strategy);
}
