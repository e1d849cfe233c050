namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>Gathers the links of one listing: resolves them against the listing's address, keeps
/// http(s) only, drops repeats, and stops at the per-listing cap.</summary>
internal sealed class LinkCollector(ListingKind kind, Uri? baseUri, ListingLimits limits)
{
    private readonly List<ListedLink> links = [];
    private readonly List<Uri> sitemaps = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private int dropped;

    public bool Full => links.Count + sitemaps.Count >= limits.MaxLinksPerListing;

    public void AddLink(string? url, DateTimeOffset? published, string? title)
    {
        if (Resolve(url) is { } uri)
        {
            links.Add(new ListedLink(uri, published, title));
        }
    }

    public void AddSitemap(string? url)
    {
        if (Resolve(url) is { } uri)
        {
            sitemaps.Add(uri);
        }
    }

    public Listing Result(string? error)
    {
        string? note = error;
        if (Full)
        {
            note = Append(note, $"only the first {limits.MaxLinksPerListing:N0} entries are taken");
        }

        if (dropped > 0)
        {
            note = Append(note, $"{dropped:N0} entries without a usable http(s) link skipped");
        }

        return new Listing(kind, links, sitemaps, note);
    }

    private static string Append(string? first, string second) => first is null ? second : first + "; " + second;

    private Uri? Resolve(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || Full)
        {
            dropped += Full ? 0 : 1;
            return null;
        }

        url = url.Trim();
        bool ok = baseUri is not null ? Uri.TryCreate(baseUri, url, out var uri) : Uri.TryCreate(url, UriKind.Absolute, out uri);
        if (!ok || uri is null || !uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
        {
            dropped++;
            return null;
        }

        return seen.Add(uri.AbsoluteUri) ? uri : null;
    }
}
