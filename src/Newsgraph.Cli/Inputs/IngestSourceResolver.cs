using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Sources.Web;
using Newsgraph.Corpus.Store;
using Newsgraph.Extraction.Fetching;

namespace Newsgraph.Cli.Inputs;

/// <summary>
/// Turns <c>ingest</c> arguments into sources through <see cref="IngestSourceFactory"/>: http(s)
/// URLs (a page, feed or sitemap, told apart once fetched), WARC archives, feed and sitemap files,
/// URL lists and JSONL files (by content), and — through the provider below — page files and
/// folders. A folder's archives, JSONL and feed files are read by the source their content calls
/// for. Fetching follows the foundation's URL rules (http(s) only, private addresses refused
/// unless allowed) plus politeness (robots.txt, per-host pace, retries).
/// </summary>
internal sealed class IngestSourceResolver : IDisposable
{
    private readonly IngestSourceFactory factory;

    /// <param name="store">Page URLs it has stored are not fetched again (null: fetch every page).</param>
    public IngestSourceResolver(long maxBytes, bool allowPrivate, ICorpusStore? store)
    {
        var settings = new WebSourceSettings
        {
            Politeness = new PolitenessOptions { Fetch = new FetchOptions { AllowPrivate = allowPrivate, MaxBytes = maxBytes } },
        };
        factory = new IngestSourceFactory(settings, [new PageFiles(maxBytes, Container)], stored: store is null ? null : new StoredPages(store));
    }

    public IReadOnlyList<IIngestSource> Resolve(IEnumerable<string> arguments) => [.. arguments.Select(factory.Create)];

    public void Dispose() => factory.Dispose();

    /// <summary>A file met in a folder that may hold many items: read by what its content is, if anything.</summary>
    private IIngestSource? Container(string path) => factory.Create(path) is var source && source is not (FailedSource or FileSource) ? source : null;

    /// <summary>Pages as files, and folders of them: what the factory leaves over.</summary>
    private sealed class PageFiles(long maxBytes, Func<string, IIngestSource?> containers) : IIngestSourceProvider
    {
        public IIngestSource? TryCreate(string argument) =>
            File.Exists(argument) || Directory.Exists(argument) ? new FileSource([argument], maxBytes, containers) : null;
    }

    /// <summary>The store's record of ingested source addresses, asked before a page is fetched.</summary>
    private sealed class StoredPages(ICorpusStore store) : IStoredPages
    {
        public bool IsStored(Uri page) => store.IsSourceUriKnown(page.AbsoluteUri);
    }
}
