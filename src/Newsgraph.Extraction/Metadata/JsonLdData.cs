namespace Newsgraph.Extraction.Metadata;

/// <summary>What the page's JSON-LD says about the article: the article nodes (pages that list
/// other stories carry several), page-level nodes, the site and the breadcrumb.</summary>
internal sealed class JsonLdData
{
    public List<JsonLdNode> Articles { get; } = [];

    /// <summary>WebPage-like nodes: their name, dates and author are fallbacks for the article's.</summary>
    public JsonLdNode Page { get; } = new();

    public List<string> WebSiteNames { get; } = [];

    public List<string> Breadcrumbs { get; } = [];

    public string? Language { get; set; }

    public int InvalidBlocks { get; set; }

    /// <summary>The article node the page is about: the one whose URL is the page's, else the
    /// first with a headline, else an empty node.</summary>
    public JsonLdNode Main { get; private set; } = new();

    public List<string> Headlines => Main.Headlines.Count > 0 ? Main.Headlines : Page.Headlines;

    public List<JsonLdAuthor> Authors => Main.Authors.Count > 0 ? Main.Authors : Page.Authors;

    public List<string> Published => Main.Published.Count > 0 ? Main.Published : Page.Published;

    public List<string> Modified => Main.Modified.Count > 0 ? Main.Modified : Page.Modified;

    public List<string> Publishers => Main.Publishers.Count > 0 ? Main.Publishers : Page.Publishers;

    public List<string> Sections => Main.Sections;

    public List<string> Keywords => Main.Keywords;

    public void ChooseMain(string? pageUrl)
    {
        string? path = PathOf(pageUrl);
        JsonLdNode? byUrl = path is null ? null : Articles.Find(a => a.Url is not null && PathOf(a.Url) == path);
        Main = byUrl ?? Articles.Find(a => a.Headlines.Count > 0) ?? Articles.FirstOrDefault() ?? new JsonLdNode();
    }

    private static string? PathOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.AbsolutePath.TrimEnd('/') : null;
}
