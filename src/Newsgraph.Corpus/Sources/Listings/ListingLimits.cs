namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>Caps for feeds and sitemaps, from the sitemap protocol's own limits where it has them.</summary>
public sealed record ListingLimits
{
    /// <summary>Largest feed or sitemap body (after gunzip). The sitemap protocol caps a file at
    /// 50 MB uncompressed; feeds are far smaller.</summary>
    public long MaxBodyBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Links taken from one feed or sitemap (the sitemap protocol's 50,000 URLs per file).</summary>
    public int MaxLinksPerListing { get; init; } = 50_000;

    /// <summary>Links taken from one source in all (a sitemap index of many sitemaps).</summary>
    public int MaxLinksPerSource { get; init; } = 1_000_000;

    /// <summary>Sitemap index nesting followed. The protocol forbids nested indexes; sites nest one
    /// or two levels anyway (index by year → by month → urlset).</summary>
    public int MaxSitemapDepth { get; init; } = 4;

    /// <summary>Sitemaps fetched for one source (the protocol allows 50,000 per index; news sites
    /// list a few hundred; more is a crawl, not an ingest).</summary>
    public int MaxSitemaps { get; init; } = 1_000;

    /// <summary>Characters kept of a listed title (a 1 MB title is cut, not stored).</summary>
    public int MaxTitleChars { get; init; } = 1_000;

    /// <summary>JSON Feed nesting accepted; a real feed is four levels deep.</summary>
    public int MaxJsonDepth { get; init; } = 32;
}
