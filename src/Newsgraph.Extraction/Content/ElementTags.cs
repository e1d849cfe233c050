using System.Collections.Frozen;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Maps HTML local names to <see cref="ElementTag"/>. Unknown names are inline, so custom elements
/// and presentational tags let their text flow into the surrounding block.
/// </summary>
internal static class ElementTags
{
    private static readonly FrozenDictionary<string, ElementTag> ByName = new Dictionary<string, ElementTag>(StringComparer.Ordinal)
    {
        ["a"] = ElementTag.Anchor,
        ["br"] = ElementTag.LineBreak,
        ["p"] = ElementTag.Paragraph,
        ["div"] = ElementTag.Division,
        ["section"] = ElementTag.Division,
        ["center"] = ElementTag.Division,
        ["address"] = ElementTag.Division,
        ["details"] = ElementTag.Division,
        ["summary"] = ElementTag.Division,
        ["fieldset"] = ElementTag.Division,
        ["hgroup"] = ElementTag.Division,
        ["body"] = ElementTag.Division,
        ["html"] = ElementTag.Division,
        ["article"] = ElementTag.Article,
        ["main"] = ElementTag.Main,
        ["header"] = ElementTag.Header,
        ["footer"] = ElementTag.Footer,
        ["nav"] = ElementTag.Nav,
        ["aside"] = ElementTag.Aside,
        ["h1"] = ElementTag.Headline,
        ["h2"] = ElementTag.Heading,
        ["h3"] = ElementTag.Heading,
        ["h4"] = ElementTag.Heading,
        ["h5"] = ElementTag.Heading,
        ["h6"] = ElementTag.Heading,
        ["ul"] = ElementTag.List,
        ["ol"] = ElementTag.List,
        ["dl"] = ElementTag.List,
        ["menu"] = ElementTag.List,
        ["li"] = ElementTag.ListItem,
        ["dt"] = ElementTag.ListItem,
        ["dd"] = ElementTag.ListItem,
        ["blockquote"] = ElementTag.Blockquote,
        ["pre"] = ElementTag.Preformatted,
        ["table"] = ElementTag.Table,
        ["tr"] = ElementTag.TableRow,
        ["td"] = ElementTag.TableCell,
        ["th"] = ElementTag.TableCell,
        ["thead"] = ElementTag.Division,
        ["tbody"] = ElementTag.Division,
        ["tfoot"] = ElementTag.Division,
        ["figure"] = ElementTag.Figure,
        ["figcaption"] = ElementTag.Caption,
        ["caption"] = ElementTag.Caption,
        ["form"] = ElementTag.Form,
        ["hr"] = ElementTag.HorizontalRule,
        ["img"] = ElementTag.Image,
        ["picture"] = ElementTag.Image,
        ["script"] = ElementTag.Skipped,
        ["style"] = ElementTag.Skipped,
        ["noscript"] = ElementTag.Skipped,
        ["template"] = ElementTag.Skipped,
        ["svg"] = ElementTag.Skipped,
        ["math"] = ElementTag.Skipped,
        ["iframe"] = ElementTag.Skipped,
        ["frame"] = ElementTag.Skipped,
        ["object"] = ElementTag.Skipped,
        ["embed"] = ElementTag.Skipped,
        ["canvas"] = ElementTag.Skipped,
        ["video"] = ElementTag.Skipped,
        ["audio"] = ElementTag.Skipped,
        ["map"] = ElementTag.Skipped,
        ["button"] = ElementTag.Skipped,
        ["select"] = ElementTag.Skipped,
        ["option"] = ElementTag.Skipped,
        ["input"] = ElementTag.Skipped,
        ["textarea"] = ElementTag.Skipped,
        ["label"] = ElementTag.Skipped,
        ["head"] = ElementTag.Skipped,
        ["title"] = ElementTag.Skipped,
        ["dialog"] = ElementTag.Skipped,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every name the table knows.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    public static ElementTag Of(string localName) => ByName.GetValueOrDefault(localName, ElementTag.Inline);

    /// <summary>Tags whose content flows into the enclosing block.</summary>
    public static bool IsInline(ElementTag tag) => tag is ElementTag.Inline or ElementTag.Anchor or ElementTag.LineBreak or ElementTag.Image;
}
