using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Everything the metadata resolvers look at, gathered in one iterative walk over the DOM so that
/// no resolver has to query the whole tree again. Elements keep their walk order, which lets the
/// resolvers prefer what sits next to the headline.
/// </summary>
internal sealed class PageScan
{
    public Dictionary<string, List<string>> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? HtmlLang { get; set; }

    public string? TitleText { get; set; }

    public string? CanonicalHref { get; set; }

    public List<ScannedElement> Headings { get; } = [];

    public List<ScannedElement> Bylines { get; } = [];

    public List<ScannedElement> Dates { get; } = [];

    public List<ScannedElement> Breadcrumbs { get; } = [];

    public List<ScannedElement> Figures { get; } = [];

    public List<ScannedElement> Captions { get; } = [];

    public List<ScannedElement> Sections { get; } = [];

    public List<ScannedElement> Logos { get; } = [];

    public int ElementCount { get; set; }

    public bool DepthLimited { get; set; }

    /// <summary>First value of a meta key, trimmed, or null.</summary>
    public string? First(string key)
    {
        if (Meta.TryGetValue(key, out var values))
        {
            foreach (var v in values)
            {
                if (!string.IsNullOrWhiteSpace(v))
                {
                    return v.Trim();
                }
            }
        }

        return null;
    }

    public IReadOnlyList<string> All(string key) => Meta.TryGetValue(key, out var values) ? values : [];

    public void AddMeta(string key, string value)
    {
        if (!Meta.TryGetValue(key, out var list))
        {
            list = [];
            Meta[key] = list;
        }

        list.Add(value);
    }

    public static PageScan Of(HtmlTree dom, int maxDepth) => new PageWalker(maxDepth).Walk(dom);
}
