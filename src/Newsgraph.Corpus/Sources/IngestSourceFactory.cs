using System.IO.Compression;
using System.Text;
using Newsgraph.Corpus.Sources.Listings;
using Newsgraph.Corpus.Sources.Warc;
using Newsgraph.Corpus.Sources.Web;
using Newsgraph.Extraction.Input;

namespace Newsgraph.Corpus.Sources;

/// <summary>
/// Picks the source for one `newsgraph ingest` argument:
/// <list type="number">
/// <item>an http(s) URL → <see cref="ListingSource"/> (a feed or sitemap is followed, a page is taken as is);</item>
/// <item>a file whose content is a WARC (plain or gzip) → <see cref="WarcSource"/>;</item>
/// <item>a file named .jsonl / .ndjson (gzip allowed) → <see cref="JsonlSource"/>;</item>
/// <item>a file whose content is a feed or sitemap (plain or gzip) → <see cref="ListingSource"/>;</item>
/// <item>a file whose first line is a JSON object with a <c>text</c> field → <see cref="JsonlSource"/>;</item>
/// <item>a text file of http(s) URLs → <see cref="UrlListSource"/>;</item>
/// <item>anything else → the <see cref="IIngestSourceProvider"/>s passed in, in order (the seam
///   for file, folder and JSONL sources);</item>
/// <item>nothing matched → a <see cref="FailedSource"/> that reports why.</item>
/// </list>
/// Files are recognised by their first bytes (JSONL also by its name). Owns the polite fetcher all its
/// web sources share (one robots cache and one per-host pace for the whole run).
/// </summary>
public sealed class IngestSourceFactory : IDisposable
{
    /// <summary>Bytes read from the head of a file to recognise it.</summary>
    private const int SniffBytes = 8 * 1024;

    private readonly WebSourceSettings settings;
    private readonly IReadOnlyList<IIngestSourceProvider> fallbacks;
    private readonly Lazy<PoliteFetcher> fetcher;
    private readonly IStoredPages? stored;

    /// <param name="stored">Page URLs earlier runs stored: listed pages it knows are not fetched again.</param>
    public IngestSourceFactory(WebSourceSettings? settings = null, IEnumerable<IIngestSourceProvider>? fallbacks = null, IValidatorCache? validators = null, IPauseClock? clock = null, IStoredPages? stored = null)
    {
        this.settings = settings ?? new WebSourceSettings();
        this.fallbacks = fallbacks?.ToArray() ?? [];
        this.stored = stored;
        fetcher = new Lazy<PoliteFetcher>(() => new PoliteFetcher(this.settings.Politeness, validators ?? new InMemoryValidatorCache(), clock));
    }

    public IIngestSource Create(string argument)
    {
        if (Uri.TryCreate(argument, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return ListingSource.ForUrl(uri, fetcher.Value, settings, stored);
        }

        if (File.Exists(argument) && SniffFile(argument) is { } source)
        {
            return source;
        }

        foreach (var provider in fallbacks)
        {
            if (provider.TryCreate(argument) is { } other)
            {
                return other;
            }
        }

        string why = uri is { IsFile: false } ? $"'{uri.Scheme}:' URLs are not read; use http(s)"
            : File.Exists(argument) || Directory.Exists(argument) ? "no source reads this kind of file"
            : "no such file or folder";
        return new FailedSource(argument, why);
    }

    public void Dispose()
    {
        if (fetcher.IsValueCreated)
        {
            fetcher.Value.Dispose();
        }
    }

    private IIngestSource? SniffFile(string path)
    {
        byte[] head;
        try
        {
            head = ReadHead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new FailedSource("file:" + path, $"cannot read: {ex.Message}");
        }

        if (head.AsSpan().StartsWith("WARC/"u8))
        {
            return new WarcSource(path, settings.Warc);
        }

        if (JsonlSource.Handles(path))
        {
            return new JsonlSource(path);
        }

        if (ListingParser.Sniff(head) != ListingKind.None)
        {
            return ListingSource.ForFile(path, fetcher.Value, settings, stored);
        }

        if (JsonlSource.LooksLikeJsonl(head))
        {
            return new JsonlSource(path);
        }

        string text = Encoding.UTF8.GetString(head);
        return UrlListSource.LooksLikeUrlList(text.Split('\n').SkipLast(head.Length == SniffBytes ? 1 : 0))
            ? new UrlListSource(path, fetcher.Value, settings, stored)
            : null;
    }

    /// <summary>The first bytes of the file, inflated when it is gzip.</summary>
    private static byte[] ReadHead(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[SniffBytes];
        int read = file.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        if (!GzipInflater.IsGzip(head.AsSpan(0, read)))
        {
            return head[..read];
        }

        file.Position = 0;
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        read = gzip.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        return head[..read];
    }
}
