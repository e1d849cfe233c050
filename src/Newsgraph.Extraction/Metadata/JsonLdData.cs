namespace Newsgraph.Extraction.Metadata;

/// <summary>What the page's JSON-LD says about the article, flattened.</summary>
internal sealed class JsonLdData
{
    public List<string> Headlines { get; } = [];

    public List<JsonLdAuthor> Authors { get; } = [];

    public List<string> Published { get; } = [];

    public List<string> Modified { get; } = [];

    public List<string> Publishers { get; } = [];

    public List<string> WebSiteNames { get; } = [];

    public List<string> Sections { get; } = [];

    public List<string> Keywords { get; } = [];

    public List<string> Breadcrumbs { get; } = [];

    public string? Language { get; set; }

    public string? Url { get; set; }

    public int InvalidBlocks { get; set; }

    /// <summary>How many of <see cref="Published"/>'s first entries came from article nodes.</summary>
    public int ArticlePublishedCount { get; set; }
}

/// <summary>An author node: its name, whether it is typed as an organisation, and whether it is a
/// CMS user profile (Yoast "#/schema/person/" nodes name the WordPress account that posted).</summary>
internal sealed record JsonLdAuthor(string Name, bool IsOrganization, bool IsCmsUser);
