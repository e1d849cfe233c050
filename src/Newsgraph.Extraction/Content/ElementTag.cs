namespace Newsgraph.Extraction.Content;

/// <summary>What an HTML element means to body extraction (see <see cref="ElementTags"/>).</summary>
internal enum ElementTag : byte
{
    /// <summary>Phrasing content (span, em, strong, unknown tags): text flows through it.</summary>
    Inline,
    Anchor,
    LineBreak,
    Paragraph,

    /// <summary>Generic block containers (div, section, center, details, ...).</summary>
    Division,
    Article,
    Main,
    Header,
    Footer,
    Nav,
    Aside,

    /// <summary>h1: the page headline, never body text.</summary>
    Headline,

    /// <summary>h2–h6: subheadings inside the article.</summary>
    Heading,
    List,
    ListItem,
    Blockquote,
    Preformatted,
    Table,
    TableRow,
    TableCell,
    Figure,

    /// <summary>figcaption and table captions: metadata, not body.</summary>
    Caption,
    Form,
    HorizontalRule,
    Image,

    /// <summary>Elements whose content is never article text (script, style, controls, media).</summary>
    Skipped,
}
