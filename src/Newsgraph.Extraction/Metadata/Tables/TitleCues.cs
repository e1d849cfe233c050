namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>Weights and separators for choosing the visible headline.</summary>
internal static class TitleCues
{
    /// <summary>Meta keys that carry the page's headline (SEO and social variants of it).</summary>
    public static readonly string[] MetaKeys = ["og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title", "title", "headline"];

    /// <summary>Separators between a headline and the site name in &lt;title&gt; and og:title.</summary>
    public static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "];

    /// <summary>How much each kind of candidate is trusted before agreement with the meta titles:
    /// the h1 is the headline on almost every article page; an h2 only on older blog themes.</summary>
    public const double H1Weight = 1.0;

    public const double HeadlineClassWeight = 0.9;

    public const double H2Weight = 0.55;

    /// <summary>Headings in navigation, teasers, footers or asides are about other pages.</summary>
    public const double ElsewherePenalty = 0.3;

    /// <summary>A headline that links elsewhere is a teaser for another story (older blog themes
    /// link the post title to itself, so this is a penalty, not a veto).</summary>
    public const double LinkedPenalty = 0.6;

    /// <summary>A heading that is just the site name is the masthead.</summary>
    public const double SiteNamePenalty = 0.15;

    /// <summary>Headlines are a few words to a long sentence; longer text is a paragraph.</summary>
    public const int MaxChars = 350;
}
