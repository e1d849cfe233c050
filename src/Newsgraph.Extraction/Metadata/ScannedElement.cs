using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Metadata;

/// <summary>An element the walk kept, with its position in document order.</summary>
internal sealed record ScannedElement(HtmlElement Element, int Order, string Key, Region Region);
