using System.Security.Cryptography;
using System.Text;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Sources;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// The report of an article extracted upstream (a JSONL line): its fields as given, no extraction
/// run. The knowledge stages do not run on it (they read the pipeline's document layers).
/// </summary>
public static class PreExtractedReport
{
    /// <summary>Stage id recorded in such reports, so a reader can tell them from analysed pages.</summary>
    public const string StageId = "corpus.preextracted.v1";

    public static AnalysisReport Build(SourceItem item, PreExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(article);
        byte[] bytes = Encoding.UTF8.GetBytes(article.Text);
        return new AnalysisReport
        {
            Source = new ReportSource(item.Uri, item.ContentType ?? "application/x-ndjson", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))),
            Article = new ReportArticle
            {
                Title = article.Title,
                Published = article.Published,
                Site = article.Source,
                CanonicalUrl = article.Url,
                Text = article.Text,
            },
            Pipeline = new ReportPipeline(Core.Pipeline.Pipeline.Version, [new ReportStage(StageId, null)]),
        };
    }
}
