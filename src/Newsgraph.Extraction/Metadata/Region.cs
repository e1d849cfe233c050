namespace Newsgraph.Extraction.Metadata;

/// <summary>Page regions an element sits in; headlines, bylines and dates in navigation, footers and
/// asides are usually about other pages.</summary>
[Flags]
internal enum Region
{
    None = 0,
    Navigation = 1,
    Footer = 2,
    Aside = 4,
    Header = 16,
    Article = 32,
    Link = 64,

    /// <summary>Regions whose content is not about the article itself.</summary>
    Elsewhere = Navigation | Footer | Aside,
}
