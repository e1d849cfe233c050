using Newsgraph.Extraction.Html.Dom;
using Newsgraph.Extraction.Heuristics;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Decides which subtrees inside the body container are chrome: structural tags (nav, aside,
/// footer, header, forms, figures and captions, the h1 headline), hidden elements, chrome roles and
/// class/id names, and link lists. A subtree holding most of the body's prose is never dropped for
/// its name alone, so a stray "share" in a wrapper's class cannot empty the article.
/// </summary>
internal sealed class BodyCleaner
{
    private readonly ClassHints hints;
    private readonly LinkScope links;
    private PageIndex index = null!;
    private int protectedText;

    public BodyCleaner(ClassHints hints, LinkScope links)
    {
        this.hints = hints;
        this.links = links;
    }

    public void Begin(PageIndex pageIndex, int bodyParagraphText)
    {
        index = pageIndex;
        protectedText = Math.Max(1, (int)(bodyParagraphText * BodyThresholds.ProtectedShareOfBody));
    }

    public bool ShouldDrop(int at, HtmlElement element, ElementTag tag)
    {
        ref var n = ref index[at];
        switch (tag)
        {
            case ElementTag.Headline or ElementTag.Caption or ElementTag.Nav:
                return true;
            case ElementTag.LineBreak or ElementTag.Image:
                return false;
        }

        if (n.Text == 0)
        {
            return false;
        }

        if (IsHidden(element) || hints.HasHiddenClass(element))
        {
            return true;
        }

        bool isProtected = n.ParagraphText >= protectedText;
        if (isProtected)
        {
            return false;
        }

        if (tag is ElementTag.Aside or ElementTag.Footer or ElementTag.Header or ElementTag.Form or ElementTag.Figure)
        {
            return true;
        }

        if (hints.IsBoilerplate(element))
        {
            return true;
        }

        return tag is ElementTag.List or ElementTag.Division or ElementTag.Table or ElementTag.Article
            && PageIndex.LinkDensity(n) > BodyThresholds.MaxContainerLinkDensity
            && MostlyInternalLinks(at);
    }

    /// <summary>
    /// Link lists pointing back into the site are related-article and section menus; lists of
    /// outside links (shops in a deals post, sources) are part of what the article says.
    /// </summary>
    private bool MostlyInternalLinks(int at)
    {
        var nodes = index.Nodes;
        int end = at + nodes[at].Size;
        int internalText = 0;
        int externalText = 0;
        for (int i = at + 1; i < end; i++)
        {
            ref var n = ref nodes[i];
            if (n.Tag != ElementTag.Anchor || n.Text == 0)
            {
                continue;
            }

            if (links.IsInternal(n.Element.GetAttribute("href")))
            {
                internalText += n.Text;
            }
            else
            {
                externalText += n.Text;
            }

            i += n.Size - 1;
        }

        return internalText >= externalText;
    }

    private static bool IsHidden(HtmlElement element)
    {
        if (element.AttributeCount == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden") || element.GetAttributeSpan("aria-hidden").Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttributeSpan("style");
        return style.Contains("display", StringComparison.OrdinalIgnoreCase)
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase));
    }
}
