using Newsgraph.Extraction.Html.Dom;
using Newsgraph.Extraction.Heuristics;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Reads an element's class and id once into a lower-cased buffer and matches it against the
/// heuristic tables with span searches (no regex, no allocation per element).
/// </summary>
internal sealed class ClassHints
{
    private readonly FrozenSetSpanLookup words = new(BoilerplatePatterns.Words);
    private readonly FrozenSetSpanLookup hiddenTokens = new(BoilerplatePatterns.HiddenClassTokens);
    private char[] buffer = new char[256];

    /// <summary>Lower-cased "class id" of the element; empty when it has neither.</summary>
    public ReadOnlySpan<char> Of(HtmlElement element)
    {
        var cls = element.GetAttributeSpan("class");
        var id = element.GetAttributeSpan("id");
        int length = cls.Length + 1 + id.Length;
        if (length == 1)
        {
            return [];
        }

        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }

        int at = 0;
        at += cls.ToLowerInvariant(buffer);

        buffer[at++] = ' ';
        at += id.ToLowerInvariant(buffer.AsSpan(at));

        return buffer.AsSpan(0, at);
    }

    public bool IsBoilerplate(HtmlElement element)
    {
        var hint = Of(element);
        if (!hint.IsEmpty && (ContainsAny(hint, BoilerplatePatterns.Substrings) || HasWord(hint)))
        {
            return true;
        }

        if (!hint.IsEmpty && ContainsAny(hint, BoilerplatePatterns.PopupSubstrings) && !IsOrHoldsLink(element))
        {
            return true;
        }

        string? role = element.GetAttribute("role");
        return role is not null && BoilerplatePatterns.Roles.Contains(role);
    }

    /// <summary>True when a whole class token is a hide-on-screen or hide-in-print utility class.</summary>
    public bool HasHiddenClass(HtmlElement element)
    {
        var rest = element.GetAttributeSpan("class");
        while (!rest.IsEmpty)
        {
            rest = rest.TrimStart();
            int end = rest.IndexOfAny(' ', '\t', '\n');
            var token = end < 0 ? rest : rest[..end];
            if (!token.IsEmpty && hiddenTokens.Contains(token))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[end..];
        }

        return false;
    }

    public bool IsKnownBody(HtmlElement element)
    {
        if (element.GetAttributeSpan("itemprop").Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var hint = Of(element);
        return !hint.IsEmpty && ContainsAny(hint, ContentSelectors.BodySubstrings);
    }

    /// <summary>Readability's class weight: +25 for content-like names, -25 for chrome-like names.</summary>
    public float Weight(HtmlElement element)
    {
        var hint = Of(element);
        if (hint.IsEmpty)
        {
            return 0f;
        }

        float weight = 0f;
        if (ContainsAny(hint, ContentSelectors.NegativeSubstrings))
        {
            weight -= BodyThresholds.ClassWeight;
        }

        if (ContainsAny(hint, ContentSelectors.PositiveSubstrings))
        {
            weight += BodyThresholds.ClassWeight;
        }

        return weight;
    }

    /// <summary>True for a link, or an element with a link as a direct child: inline name text
    /// (the link often carries the card's class too, "rollover-people-link"), not only a card.</summary>
    private static bool IsOrHoldsLink(HtmlElement element)
    {
        if (element.LocalName == "a")
        {
            return true;
        }

        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is HtmlElement { LocalName: "a" })
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> hint, string[] needles)
    {
        foreach (string needle in needles)
        {
            if (hint.Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasWord(ReadOnlySpan<char> hint)
    {
        int start = 0;
        for (int i = 0; i <= hint.Length; i++)
        {
            if (i == hint.Length || !char.IsAsciiLetterOrDigit(hint[i]))
            {
                if (i > start && words.Contains(hint[start..i]))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }
}
