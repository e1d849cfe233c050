using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Per-element figures computed in one pre-order walk and one bottom-up pass (see
/// <see cref="PageIndex"/>). Lengths count non-whitespace characters, so indentation does not
/// weigh; "inline" figures cover the element's own text plus its inline descendants only.
/// </summary>
internal struct NodeStats
{
    public HtmlElement Element;
    public int Parent;

    /// <summary>Number of indexed elements in the subtree, this one included.</summary>
    public int Size;
    public int Depth;
    public ElementTag Tag;
    public int Text;
    public int LinkText;
    public int InlineText;
    public int InlineLinkText;
    public int InlineCommas;

    /// <summary>Text of paragraph-like descendants (prose that is not link lists).</summary>
    public int ParagraphText;

    /// <summary>Readability-style content score gathered from paragraphs below.</summary>
    public float Score;
    public bool IsCandidate;
}
