using System.Runtime.CompilerServices;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>
/// Fetches a sequence of page URLs politely and turns each into a <see cref="SourceItem"/>, a few
/// at a time: requests to different hosts overlap, requests to one host wait their turn in the
/// fetcher. Items come out in the order of the URLs. A URL that <see cref="IStoredPages"/> knows is
/// not fetched: it comes out as an <see cref="SourceItem.AlreadyStored"/> item.
/// </summary>
internal static class PageDownloader
{
    public static async IAsyncEnumerable<SourceItem> FetchAsync(
        IAsyncEnumerable<Uri> urls, PoliteFetcher fetcher, int parallel, IProgress<SourceProblem> problems, IStoredPages? stored, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Queue<(Uri Url, Task<PoliteFetchResult>? Fetch)>();
        await foreach (var url in urls.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            window.Enqueue((url, stored?.IsStored(url) == true ? null : fetcher.FetchAsync(url, cancellationToken)));
            if (window.Count >= Math.Max(1, parallel) && await NextAsync(window.Dequeue(), problems).ConfigureAwait(false) is { } item)
            {
                yield return item;
            }
        }

        while (window.Count > 0)
        {
            if (await NextAsync(window.Dequeue(), problems).ConfigureAwait(false) is { } item)
            {
                yield return item;
            }
        }
    }

    private static async Task<SourceItem?> NextAsync((Uri Url, Task<PoliteFetchResult>? Fetch) entry, IProgress<SourceProblem> problems) =>
        entry.Fetch is null
            ? new SourceItem { Uri = entry.Url.AbsoluteUri, AlreadyStored = true }
            : ToItem(entry.Url, await entry.Fetch.ConfigureAwait(false), problems);

    /// <summary>The page as an item, or null (with a problem, unless it simply had not changed).</summary>
    public static SourceItem? ToItem(Uri url, PoliteFetchResult result, IProgress<SourceProblem> problems)
    {
        if (result.Input is { } input)
        {
            return new SourceItem
            {
                Uri = input.PageUrl ?? input.Uri,
                Body = input.Bytes,
                ContentType = input.ContentType,
                DeclaredCharset = MediaType.Parse(input.ContentType).Charset,
                FetchedAt = result.FetchedAt,
            };
        }

        if (result.Outcome != PoliteFetchOutcome.NotModified)
        {
            problems.Report(new SourceProblem(url.AbsoluteUri, result.Message ?? "not fetched"));
        }

        return null;
    }
}
