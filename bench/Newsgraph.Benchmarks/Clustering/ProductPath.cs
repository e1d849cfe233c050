using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Newsgraph.Analysis;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Benchmarks.Clustering;

/// <summary>
/// What the product feeds the story clusterer, so the bench can measure that path and not a
/// stand-in: (1) <see cref="IngestJsonl"/> runs the real ingest loop (JSONL source, default
/// analyser, SQLite store, near-duplicate folding, window re-clustering) over the articles in the
/// given order and reads the stored stories back, as <c>newsgraph ingest x.jsonl</c> then
/// <c>newsgraph stories --format json</c> would; (2) <see cref="Analyse"/> runs the full analysis
/// pipeline on each article (as ingest does for a raw page), so the bench can compare keys made
/// from the reports (<see cref="ArticleKeys"/>, the entities stage's names, resolved times).
/// </summary>
internal static class ProductPath
{
    /// <summary>Ingests <paramref name="ordered"/> as one JSONL file into a fresh store under
    /// <paramref name="dir"/>; returns article id → stored story id.</summary>
    public static Dictionary<string, string> IngestJsonl(IEnumerable<ClusteringDevArticle> ordered, string dir, int reclusterEvery)
    {
        Directory.CreateDirectory(dir);
        string jsonl = Path.Combine(dir, "articles.jsonl");
        string db = Path.Combine(dir, "corpus.db");
        foreach (string f in Directory.EnumerateFiles(dir, "corpus.db*"))
        {
            File.Delete(f);
        }

        using (var w = new StreamWriter(jsonl, false, new UTF8Encoding(false)))
        {
            foreach (var a in ordered)
            {
                w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string?>
                {
                    ["id"] = a.Id,
                    ["title"] = a.Title,
                    ["text"] = a.Text,
                    ["published"] = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
            }
        }

        var analyzer = new PipelineArticleAnalyzer(() => AnalysisPipeline.CreateDefault()); // as the CLI; JSONL lines never reach it
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var store = SqliteCorpusStore.Open(db))
        {
            new IngestRunner(store, analyzer, new IngestOptions { Workers = 1, ReclusterEvery = reclusterEvery })
                .RunAsync([new JsonlSource(jsonl)]).GetAwaiter().GetResult();
            foreach (var story in store.Stories(null, null, int.MaxValue))
            {
                foreach (string id in story.MemberIds)
                {
                    predicted[id] = story.Id;
                }
            }
        }

        return predicted;
    }

    /// <summary>Entity keys ingest would store for each article analysed as a page (title as the
    /// headline, text as paragraphs, the publication date as the page's date).</summary>
    public static Dictionary<string, AnalysisReport> Analyse(IReadOnlyList<ClusteringDevArticle> all)
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        var byText = new Dictionary<string, AnalysisReport>(StringComparer.Ordinal);
        int withEntities = 0;
        foreach (var a in all)
        {
            var input = new RawInput("bench:" + a.Id, Encoding.UTF8.GetBytes(Page(a)), "text/html; charset=utf-8")
            {
                PublishedFallback = a.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null,
            };
            var report = ReportBuilder.Build(pipeline.Run(input), pipeline.Stages);
            withEntities += report.Entities.Count > 0 ? 1 : 0;
            byText[a.Text] = report;
        }

        Console.WriteLine($"analysed {all.Count} articles with the full pipeline; {withEntities} have entities");
        return byText;
    }

    /// <summary>Keys of each analysed report by <paramref name="keysOf"/>.</summary>
    public static KeysByText KeysOf(Dictionary<string, AnalysisReport> reports, Func<AnalysisReport, IReadOnlyList<string>> keysOf) =>
        new(reports.ToDictionary(kv => kv.Key, kv => keysOf(kv.Value), StringComparer.Ordinal));

    private static string Page(ClusteringDevArticle a)
    {
        var html = new StringBuilder("<html><head>");
        if (a.Title is { } t)
        {
            html.Append("<title>").Append(WebUtility.HtmlEncode(t)).Append("</title>");
        }

        html.Append("</head><body><article>");
        if (a.Title is { } h)
        {
            html.Append("<h1>").Append(WebUtility.HtmlEncode(h)).Append("</h1>");
        }

        foreach (string para in a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(para)).Append("</p>");
        }

        return html.Append("</article></body></html>").ToString();
    }

    /// <summary>Precomputed keys looked up by the article's text (the bench's articles have distinct
    /// texts but for exact copies, whose keys are the same).</summary>
    internal sealed class KeysByText(Dictionary<string, IReadOnlyList<string>> byText) : IEntityKeyExtractor
    {
        public IReadOnlyList<string> Extract(string? title, string text) => byText[text];
    }
}
