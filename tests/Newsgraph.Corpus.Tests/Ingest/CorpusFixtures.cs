using System.Runtime.CompilerServices;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Extraction;

namespace Newsgraph.Corpus.Tests.Ingest;

/// <summary>A temporary folder with a corpus file in it, removed afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Folder = Path.Combine(Path.GetTempPath(), "newsgraph-corpus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DbPath => Path.Combine(Folder, "corpus.db");

    public SqliteCorpusStore Open() => SqliteCorpusStore.Open(DbPath);

    public string File(string name, string content)
    {
        string path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a test's process may still hold a file on some systems; temp space is reclaimed anyway
        }
    }
}

/// <summary>An in-memory source of pre-extracted articles.</summary>
internal sealed class ListSource(params PreExtractedArticle[] articles) : IIngestSource
{
    public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var a in articles)
        {
            await Task.Yield();
            yield return new SourceItem { Uri = "test:" + a.Id, Extracted = a };
        }
    }
}

/// <summary>Analyses pre-extracted articles and adds the knowledge a test asks for, as the later
/// stages will (entities, quotes, claims, events) — so the store's tables and filters can be tested now.</summary>
internal sealed class EnrichingAnalyzer(Func<AnalysisReport, AnalysisReport> enrich) : IArticleAnalyzer
{
    private readonly PipelineArticleAnalyzer inner = new(() => NewsgraphPipeline.CreateDefault());

    public AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken) => enrich(inner.Analyze(item, cancellationToken));
}

internal static class TestCorpus
{
    public static PipelineArticleAnalyzer Analyzer() => new(() => NewsgraphPipeline.CreateDefault());

    public static Task<IngestCounts> IngestAsync(ICorpusStore store, params PreExtractedArticle[] articles) =>
        IngestAsync(store, Analyzer(), articles);

    public static Task<IngestCounts> IngestAsync(ICorpusStore store, IArticleAnalyzer analyzer, params PreExtractedArticle[] articles) =>
        new IngestRunner(store, analyzer, new IngestOptions { Workers = 2, BatchSize = 3 }).RunAsync([new ListSource(articles)]);

    public static PreExtractedArticle Article(string id, string text, string? title = null, string? published = "2023-09-05", string? source = "example.org", string? url = null) =>
        new(id, title, text, published, source, url ?? $"https://{source ?? "example.org"}/{id}");

    /// <summary>A wire story long enough for near-duplicate detection.</summary>
    public const string WireStory = """
        The harbour bridge reopened on Tuesday after eight months of repairs, the city's transport authority said.
        Engineers replaced forty steel cables and resurfaced the deck, work that cost 31 million dollars.
        Commuters who had taken a ferry detour since March crowded the walkway at dawn to cross on foot.
        Mayor Alana Whitfield said the delays had been frustrating but that the bridge would now last another fifty years.
        Traffic will run in both directions from Wednesday morning, with a lower speed limit for the first month.
        """;

    public const string OtherStory = """
        The regional council voted nine to four on Monday to create a relief fund for farmers hit by the summer drought.
        Councillor Priya Raman, who proposed the fund, said grants of up to twenty thousand dollars would open in October.
        Farm groups welcomed the vote but warned that the money would cover only a fraction of the losses.
        The council will review the fund in spring and may extend it if rainfall stays below average.
        """;
}
