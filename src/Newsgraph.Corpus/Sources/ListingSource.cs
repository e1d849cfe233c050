using System.Runtime.CompilerServices;
using Newsgraph.Corpus.Sources.Listings;
using Newsgraph.Corpus.Sources.Web;

namespace Newsgraph.Corpus.Sources;

/// <summary>
/// A feed (RSS, Atom, JSON Feed), a sitemap or sitemap index (Google News sitemaps included),
/// given as a URL or a local file; its article pages are fetched politely and yielded. Sitemap
/// indexes are followed breadth-first with caps on depth and count, each sitemap at most once (an
/// index that lists itself ends). A URL that turns out to be an ordinary page is yielded as one.
/// </summary>
public sealed class ListingSource : IIngestSource
{
    private readonly Uri? url;
    private readonly string? file;
    private readonly PoliteFetcher fetcher;
    private readonly WebSourceSettings settings;
    private readonly ListingParser parser;
    private readonly IStoredPages? stored;

    private ListingSource(Uri? url, string? file, PoliteFetcher fetcher, WebSourceSettings settings, IStoredPages? stored)
    {
        this.url = url;
        this.file = file;
        this.fetcher = fetcher;
        this.settings = settings;
        this.stored = stored;
        parser = new ListingParser(settings.Listings);
    }

    /// <summary>A feed, sitemap or page at a URL (which one is known once it is fetched). Listed
    /// pages that <paramref name="stored"/> knows are not fetched again.</summary>
    public static ListingSource ForUrl(Uri url, PoliteFetcher fetcher, WebSourceSettings settings, IStoredPages? stored = null) => new(url, null, fetcher, settings, stored);

    /// <summary>A feed or sitemap saved as a file (gzip allowed); relative links cannot be resolved.</summary>
    public static ListingSource ForFile(string path, PoliteFetcher fetcher, WebSourceSettings settings, IStoredPages? stored = null) => new(null, path, fetcher, settings, stored);

    public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var root = await LoadRootAsync(problems, cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            yield break;
        }

        var (body, page, where, baseUri) = root.Value;
        var listing = parser.Parse(body, baseUri);
        if (listing.Kind == ListingKind.None && listing.Error is null)
        {
            if (page is not null)
            {
                yield return page;
            }
            else
            {
                problems.Report(new SourceProblem(where, "not a feed or sitemap (RSS, Atom, JSON Feed, urlset, sitemapindex)"));
            }

            yield break;
        }

        var pages = PageDownloader.FetchAsync(LinksAsync(listing, where, problems, cancellationToken), fetcher, settings.ParallelFetches, problems, stored, cancellationToken);
        await foreach (var item in pages.ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>The root body, and when it came from a URL the page item it would be if it is no listing.</summary>
    private async Task<(ReadOnlyMemory<byte> Body, SourceItem? Page, string Where, Uri? BaseUri)?> LoadRootAsync(IProgress<SourceProblem> problems, CancellationToken cancellationToken)
    {
        if (url is not null)
        {
            var result = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            var page = PageDownloader.ToItem(url, result, problems);
            return page is null ? null : (page.Body, page, url.AbsoluteUri, new Uri(page.Uri));
        }

        string where = "file:" + file;
        try
        {
            var info = new FileInfo(file!);
            if (info.Length > settings.Listings.MaxBodyBytes)
            {
                problems.Report(new SourceProblem(where, $"{info.Length:N0} bytes; the limit for a feed or sitemap is {settings.Listings.MaxBodyBytes:N0}"));
                return null;
            }

            return (await File.ReadAllBytesAsync(file!, cancellationToken).ConfigureAwait(false), null, where, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Report(new SourceProblem(where, $"cannot read: {ex.Message}"));
            return null;
        }
    }

    /// <summary>The listing's links, then (for a sitemap index) the links of its sitemaps, breadth first.</summary>
    private async IAsyncEnumerable<Uri> LinksAsync(Listing root, string where, IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limits = settings.Listings;
        var seenLinks = new HashSet<string>(StringComparer.Ordinal);
        var seenSitemaps = new HashSet<string>(StringComparer.Ordinal) { where };
        var queue = new Queue<(Uri Sitemap, int Depth)>();
        int sitemapsRead = 0;
        bool depthReported = false;
        var listing = root;
        string listingWhere = where;
        int depth = 0;
        while (true)
        {
            if (listing.Error is not null)
            {
                problems.Report(new SourceProblem(listingWhere, listing.Error));
            }

            foreach (var link in listing.Links)
            {
                if (seenLinks.Count >= limits.MaxLinksPerSource)
                {
                    problems.Report(new SourceProblem(where, $"more than {limits.MaxLinksPerSource:N0} links; the rest are skipped"));
                    yield break;
                }

                if (seenLinks.Add(link.Url.AbsoluteUri))
                {
                    yield return link.Url;
                }
            }

            foreach (var child in listing.Sitemaps)
            {
                if (!seenSitemaps.Add(child.AbsoluteUri))
                {
                    continue;
                }

                if (depth + 1 > limits.MaxSitemapDepth)
                {
                    if (!depthReported)
                    {
                        problems.Report(new SourceProblem(child.AbsoluteUri, $"sitemap indexes nest deeper than {limits.MaxSitemapDepth}; deeper sitemaps are skipped"));
                        depthReported = true;
                    }

                    continue;
                }

                queue.Enqueue((child, depth + 1));
            }

            if (!queue.TryDequeue(out var next))
            {
                yield break;
            }

            if (++sitemapsRead > limits.MaxSitemaps)
            {
                problems.Report(new SourceProblem(where, $"more than {limits.MaxSitemaps:N0} sitemaps; the rest are skipped"));
                yield break;
            }

            (listing, listingWhere, depth) = (await LoadSitemapAsync(next.Sitemap, problems, cancellationToken).ConfigureAwait(false), next.Sitemap.AbsoluteUri, next.Depth);
        }
    }

    private async Task<Listing> LoadSitemapAsync(Uri sitemap, IProgress<SourceProblem> problems, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(sitemap, cancellationToken).ConfigureAwait(false);
        if (PageDownloader.ToItem(sitemap, result, problems) is not { } item)
        {
            return Listing.NotAListing;
        }

        var listing = parser.Parse(item.Body, new Uri(item.Uri));
        return listing.Kind == ListingKind.None && listing.Error is null
            ? Listing.Failed(ListingKind.None, "listed as a sitemap but is not one")
            : listing;
    }
}
