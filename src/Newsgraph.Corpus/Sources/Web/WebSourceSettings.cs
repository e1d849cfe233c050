using Newsgraph.Corpus.Sources.Listings;
using Newsgraph.Corpus.Sources.Warc;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>Settings of the sources this folder builds (WARC, feeds, sitemaps, URL lists, pages).</summary>
public sealed record WebSourceSettings
{
    public WarcLimits Warc { get; init; } = new();

    public ListingLimits Listings { get; init; } = new();

    public PolitenessOptions Politeness { get; init; } = new();

    /// <summary>Fetches in flight at once. Same-host requests are still one at a time, so this
    /// only overlaps different hosts (a URL list or a multi-site sitemap).</summary>
    public int ParallelFetches { get; init; } = 8;

    /// <summary>Largest URL-list file read (20 MB is about 200,000 URLs).</summary>
    public long MaxUrlListBytes { get; init; } = 20L * 1024 * 1024;
}
