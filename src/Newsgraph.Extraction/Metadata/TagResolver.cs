namespace Newsgraph.Extraction.Metadata;

/// <summary>Topic tags: article:tag, keywords, news_keywords and JSON-LD keywords, de-duplicated.</summary>
internal static class TagResolver
{
    /// <summary>Keyword lists past this are SEO stuffing, not the article's tags.</summary>
    private const int MaxTags = 30;

    private static readonly string[] MetaKeys = ["article:tag", "keywords", "news_keywords"];

    public static List<string> Resolve(PageScan scan, JsonLdData ld)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in MetaKeys.SelectMany(scan.All).Concat(ld.Keywords))
        {
            foreach (var part in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                string tag = MetaText.Clean(part);
                if (tag.Length is > 0 and <= 80 && tags.Count < MaxTags && seen.Add(tag))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }
}
