using System.Collections.Frozen;

namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>schema.org types whose headline, author and dates describe the article itself.</summary>
internal static class JsonLdTypes
{
    public static readonly FrozenSet<string> Article = FrozenSet.ToFrozenSet(
        [
            "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
            "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Report",
            "Review", "MedicalWebPage", "Blog", "PressRelease", "SatiricalArticle", "HowTo", "Recipe",
        ],
        StringComparer.OrdinalIgnoreCase);

    public static bool IsArticle(string type) => Article.Contains(type);
}
