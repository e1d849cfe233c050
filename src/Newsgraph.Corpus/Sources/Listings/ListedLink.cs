namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>One article link a feed or sitemap lists, with the date and title it gives, if any.</summary>
public sealed record ListedLink(Uri Url, DateTimeOffset? Published, string? Title);

/// <summary>What kind of listing a body is.</summary>
public enum ListingKind
{
    /// <summary>Not a feed or sitemap (an HTML page, plain text, unknown XML).</summary>
    None,
    Rss,
    Atom,
    JsonFeed,
    Sitemap,
    SitemapIndex,
}

/// <summary>A parsed feed or sitemap: its article links, or for a sitemap index the child sitemaps.</summary>
public sealed record Listing(ListingKind Kind, IReadOnlyList<ListedLink> Links, IReadOnlyList<Uri> Sitemaps, string? Error)
{
    public static Listing NotAListing { get; } = new(ListingKind.None, [], [], null);

    public static Listing Failed(ListingKind kind, string error) => new(kind, [], [], error);
}
