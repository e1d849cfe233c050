using Newsgraph.Extraction.Heuristics;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Chooses the body container in a cascade: (1) a container the markup names as the article body
/// (itemprop=articleBody, conventional body class names, then &lt;article&gt;) when it holds most
/// of the prose; (2) Readability-style scoring: paragraphs pass their score to ancestors, link-heavy
/// and chrome-named candidates lose, good siblings of the winner join it; (3) nothing when the page
/// has no prose.
/// </summary>
internal sealed class ContainerSelector
{
    private readonly List<int> roots = [];

    public ContainerChoice Choose(PageIndex index, ClassHints hints)
    {
        ScoreParagraphs(index, hints);
        int top = TopCandidate(index);
        if (top < 0)
        {
            return new ContainerChoice([], ContainerChoice.None);
        }

        top = PromoteAncestor(index, top);
        roots.Clear();
        AddSiblings(index, hints, top);
        int scoredText = 0;
        foreach (int r in roots)
        {
            scoredText += index[r].ParagraphText;
        }

        int known = KnownContainer(index, hints);
        if (known >= 0 && index[known].ParagraphText >= scoredText * BodyThresholds.KnownContainerShareOfScored)
        {
            roots.Clear();
            AddSplitParts(index, known);
            return new ContainerChoice([.. roots], ContainerChoice.KnownContainer);
        }

        return new ContainerChoice([.. roots], ContainerChoice.Scored);
    }

    private static void ScoreParagraphs(PageIndex index, ClassHints hints)
    {
        var nodes = index.Nodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref var n = ref nodes[i];
            if (n.Tag is ElementTag.Article or ElementTag.Main || !PageIndex.IsParagraphLike(n))
            {
                continue;
            }

            float score = 1f + n.InlineCommas + Math.Min(n.InlineText / 100f, BodyThresholds.MaxLengthPoints);
            int ancestor = n.Parent;
            for (int level = 0; level < BodyThresholds.ScoredAncestorLevels && ancestor >= 0; level++)
            {
                ref var a = ref nodes[ancestor];
                if (!a.IsCandidate)
                {
                    a.IsCandidate = true;
                    a.Score = TagWeight(a.Tag) + hints.Weight(a.Element);
                }

                a.Score += level switch
                {
                    0 => score,
                    1 => score / 2f,
                    _ => score / (level * 3f),
                };
                ancestor = a.Parent;
            }
        }
    }

    private static int TopCandidate(PageIndex index)
    {
        var nodes = index.Nodes;
        int best = -1;
        float bestScore = float.MinValue;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref var n = ref nodes[i];
            if (!n.IsCandidate)
            {
                continue;
            }

            n.Score *= 1f - PageIndex.LinkDensity(n);
            if (n.Score > bestScore)
            {
                bestScore = n.Score;
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Readability's walk up: a parent scoring more than the winner holds more of the article; an
    /// element that is its parent's only child is replaced by the parent.
    /// </summary>
    private static int PromoteAncestor(PageIndex index, int top)
    {
        var nodes = index.Nodes;
        float lastScore = nodes[top].Score;
        float scoreThreshold = lastScore / 3f;
        int parent = nodes[top].Parent;
        while (parent >= 0 && nodes[parent].Parent >= 0)
        {
            ref var p = ref nodes[parent];
            if (p.IsCandidate)
            {
                if (p.Score < scoreThreshold)
                {
                    break;
                }

                if (p.Score > lastScore)
                {
                    top = parent;
                    break;
                }

                lastScore = p.Score;
            }

            parent = p.Parent;
        }

        while (nodes[top].Parent >= 0 && nodes[nodes[top].Parent].Parent >= 0 && nodes[nodes[top].Parent].Size == nodes[top].Size + 1)
        {
            top = nodes[top].Parent;
        }

        return top;
    }

    private void AddSiblings(PageIndex index, ClassHints hints, int top)
    {
        var nodes = index.Nodes;
        int parent = nodes[top].Parent;
        if (parent < 0)
        {
            roots.Add(top);
            return;
        }

        float threshold = Math.Max(BodyThresholds.MinSiblingScore, nodes[top].Score * BodyThresholds.SiblingScoreShare);
        int end = parent + nodes[parent].Size;
        for (int s = parent + 1; s < end; s += nodes[s].Size)
        {
            ref var sib = ref nodes[s];
            if (s == top || ((sib.IsCandidate && sib.Score >= threshold) || IsGoodSiblingParagraph(sib)) && !IsChrome(hints, sib))
            {
                roots.Add(s);
            }
        }
    }

    private static bool IsChrome(ClassHints hints, in NodeStats n) =>
        n.Tag is ElementTag.Aside or ElementTag.Nav or ElementTag.Footer or ElementTag.Header or ElementTag.Form
        || hints.IsBoilerplate(n.Element);

    private static bool IsGoodSiblingParagraph(in NodeStats n)
    {
        if (n.Tag != ElementTag.Paragraph)
        {
            return false;
        }

        float density = PageIndex.LinkDensity(n);
        return n.Text >= BodyThresholds.SiblingParagraphChars ? density < 0.25f : n.Text > 0 && density == 0f && n.InlineCommas > 0;
    }

    /// <summary>
    /// The container the markup names as the body: the one with the most prose, narrowed to the
    /// innermost named container that keeps nearly all of it. &lt;article&gt; is a weaker name,
    /// used only when no body class or itemprop matches.
    /// </summary>
    private static int KnownContainer(PageIndex index, ClassHints hints)
    {
        var nodes = index.Nodes;
        int bestNamed = -1;
        int bestArticle = -1;
        for (int i = 0; i < nodes.Length; i++)
        {
            ref var n = ref nodes[i];
            if (n.ParagraphText < BodyThresholds.MinKnownContainerText)
            {
                continue;
            }

            if (n.Tag == ElementTag.Article)
            {
                bestArticle = Better(index, bestArticle, i);
            }

            if (n.Tag is not (ElementTag.Inline or ElementTag.Paragraph) && hints.IsKnownBody(n.Element))
            {
                bestNamed = Better(index, bestNamed, i);
            }
        }

        return bestNamed >= 0 ? bestNamed : bestArticle;
    }

    /// <summary>More prose wins; a descendant keeping nearly all of the ancestor's prose wins over it.</summary>
    private static int Better(PageIndex index, int current, int candidate)
    {
        if (current < 0)
        {
            return candidate;
        }

        var nodes = index.Nodes;
        bool inside = candidate > current && candidate < current + nodes[current].Size;
        if (inside)
        {
            return nodes[candidate].ParagraphText >= nodes[current].ParagraphText * BodyThresholds.InnerContainerKeepsShare ? candidate : current;
        }

        return nodes[candidate].ParagraphText > nodes[current].ParagraphText ? candidate : current;
    }

    /// <summary>
    /// Bodies split by ads or embeds repeat the same container (same tag and class) several times;
    /// all repeats outside the chosen one join it, in document order.
    /// </summary>
    private void AddSplitParts(PageIndex index, int known)
    {
        var nodes = index.Nodes;
        var element = nodes[known].Element;
        string? cls = element.GetAttribute("class");
        if (string.IsNullOrEmpty(cls))
        {
            roots.Add(known);
            return;
        }

        string localName = element.LocalName;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (i == known)
            {
                roots.Add(i);
                i += nodes[i].Size - 1;
                continue;
            }

            ref var n = ref nodes[i];
            if (n.ParagraphText > 0 && n.Tag == nodes[known].Tag && string.Equals(n.Element.LocalName, localName, StringComparison.Ordinal)
                && string.Equals(n.Element.GetAttribute("class"), cls, StringComparison.Ordinal) && !IsAncestor(index, i, known))
            {
                roots.Add(i);
                i += n.Size - 1;
            }
        }
    }

    private static bool IsAncestor(PageIndex index, int ancestor, int of) => of > ancestor && of < ancestor + index[ancestor].Size;

    private static float TagWeight(ElementTag tag) => tag switch
    {
        ElementTag.Division or ElementTag.Article or ElementTag.Main => 5f,
        ElementTag.Preformatted or ElementTag.TableCell or ElementTag.Blockquote => 3f,
        ElementTag.Form or ElementTag.List or ElementTag.ListItem => -3f,
        ElementTag.Heading or ElementTag.Headline => -5f,
        _ => 0f,
    };
}
