namespace Newsgraph.Extraction.Metadata;

/// <summary>Page regions an element sits in; headlines, bylines and dates in these are usually
/// about other pages (navigation, teasers, footers).</summary>
[Flags]
internal enum Region
{
    None = 0,
    Navigation = 1,
    Footer = 2,
    Aside = 4,
    Teaser = 8,
    Header = 16,
    Article = 32,
    Link = 64,
    Comments = 128,

    /// <summary>Regions whose content is not about the article itself.</summary>
    Elsewhere = Navigation | Footer | Aside | Teaser | Comments,
}
