using System.Text;

namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// An element of the light page tree: lower-case interned name, where its start tag begins in the
/// source, its attributes (a range of the page's <see cref="HtmlAttributeStore"/>) and its children.
/// </summary>
internal sealed class HtmlElement : HtmlNode
{
    private HtmlAttributeStore? store;
    private int firstAttribute;

    public HtmlElement(string localName, int sourceStart)
    {
        LocalName = localName;
        SourceStart = sourceStart;
    }

    public string LocalName { get; }

    /// <summary>Position of the start tag's '&lt;' in the decoded source; -1 for implied elements.</summary>
    public int SourceStart { get; }

    public HtmlNode? FirstChild { get; private set; }

    public HtmlNode? LastChild { get; private set; }

    public int AttributeCount { get; private set; }

    public bool HasChildren => FirstChild is not null;

    /// <summary>True when the element has exactly one child node.</summary>
    public bool HasSingleChild => FirstChild is not null && ReferenceEquals(FirstChild, LastChild);

    public void SetAttributes(HtmlAttributeStore attributes, int first, int count)
    {
        store = attributes;
        firstAttribute = first;
        AttributeCount = count;
    }

    public void AppendChild(HtmlNode child)
    {
        child.Parent = this;
        if (LastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            LastChild.NextSibling = child;
            child.PreviousSibling = LastChild;
        }

        LastChild = child;
    }

    /// <summary>The attribute's name at <paramref name="index"/> (0 ≤ index &lt; <see cref="AttributeCount"/>).</summary>
    public string AttributeName(int index) => store![firstAttribute + index].Name;

    public string AttributeValue(int index) => store!.ValueOf(firstAttribute + index);

    public string? GetAttribute(string name)
    {
        int at = IndexOf(name);
        return at < 0 ? null : store!.ValueOf(at);
    }

    /// <summary>The attribute's value without a copy where possible; empty when absent.</summary>
    public ReadOnlySpan<char> GetAttributeSpan(string name)
    {
        int at = IndexOf(name);
        return at < 0 ? [] : store!.SpanOf(at);
    }

    public bool HasAttribute(string name) => IndexOf(name) >= 0;

    private int IndexOf(string name)
    {
        int end = firstAttribute + AttributeCount;
        for (int i = firstAttribute; i < end; i++)
        {
            if (string.Equals(store![i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>All text below the element, concatenated in document order.</summary>
    public string TextContent
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var node in DescendantNodes())
            {
                if (node is HtmlText text)
                {
                    sb.Append(text.Span);
                }
            }

            return sb.ToString();
        }
    }

    /// <summary>Whether <paramref name="other"/> is this element or one of its descendants.</summary>
    public bool Contains(HtmlNode? other)
    {
        for (var n = other; n is not null; n = n.Parent)
        {
            if (ReferenceEquals(n, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This element or its nearest ancestor named <paramref name="localName"/>.</summary>
    public HtmlElement? Closest(string localName)
    {
        for (var e = this; e is not null; e = e.Parent)
        {
            if (string.Equals(e.LocalName, localName, StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Nodes below this element in document order (iterative: pages nest deeply).</summary>
    public IEnumerable<HtmlNode> DescendantNodes()
    {
        HtmlNode? node = FirstChild;
        while (node is not null)
        {
            yield return node;
            if (node is HtmlElement { FirstChild: { } child })
            {
                node = child;
                continue;
            }

            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (ReferenceEquals(node, this))
                {
                    yield break;
                }
            }

            node = node?.NextSibling;
        }
    }

    /// <summary>Elements below this one in document order.</summary>
    public IEnumerable<HtmlElement> Descendants()
    {
        foreach (var node in DescendantNodes())
        {
            if (node is HtmlElement e)
            {
                yield return e;
            }
        }
    }

    /// <summary>The first descendant named <paramref name="localName"/> (CSS "name").</summary>
    public HtmlElement? FirstDescendant(string localName)
    {
        foreach (var e in Descendants())
        {
            if (string.Equals(e.LocalName, localName, StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Whether the class attribute contains <paramref name="fragment"/> (CSS "[class*=fragment]", case-sensitive).</summary>
    public bool ClassContains(string fragment) => GetAttributeSpan("class").Contains(fragment, StringComparison.Ordinal);

    public override string ToString() => $"<{LocalName}>";
}
