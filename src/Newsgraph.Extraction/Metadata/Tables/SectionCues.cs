using System.Collections.Frozen;

namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>Values that look like a section but name none.</summary>
internal static class SectionCues
{
    /// <summary>Breadcrumb roots and CMS placeholders ("post", "articles", "uncategorized").</summary>
    public static readonly FrozenSet<string> NotSections = FrozenSet.ToFrozenSet(
        [
            "home", "homepage", "home page", "start", "startseite", "início", "inicio", "accueil", "beranda", "главная", "ホーム", "top", "index",
            "post", "posts", "article", "articles", "story", "stories", "blog post", "uncategorized", "uncategorised", "general", "default", "page", "popular",
            "slider", "featured", "main", "sin categoría", "non classé", "allgemein", "sem categoria", "all",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Meta keys that state the section (Open Graph, PRISM, plain "section", Parse.ly).
    /// Sailthru's and analytics data layers' section hints are left out: they are routing data,
    /// not what the page says.</summary>
    public static readonly string[] MetaKeys = ["article:section", "prism.section", "section", "parsely-section", "article.section"];

    /// <summary>A section name is a few words; longer text is a headline or a teaser.</summary>
    public const int MaxWords = 5;

    /// <summary>How close (in elements) a section label must sit to the headline.</summary>
    public const int MaxLabelDistance = 40;
}
