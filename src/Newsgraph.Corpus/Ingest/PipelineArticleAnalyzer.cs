using System.Collections.Concurrent;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Sources;

namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// Analyses raw pages with the analysis pipeline (one pipeline per concurrent caller, pooled: stages
/// may keep per-run buffers) and turns pre-extracted articles into reports directly.
/// </summary>
public sealed class PipelineArticleAnalyzer(Func<Pipeline> createPipeline) : IArticleAnalyzer
{
    /// <summary>A page that reaches every stage (names, a quote, an event, a date). Stages load their
    /// models on first use, inside their time limit; on a busy machine that load alone can pass the
    /// limit and fail the first real page of each worker for a cost that is not the page's own.</summary>
    private static readonly byte[] WarmUpPage = System.Text.Encoding.UTF8.GetBytes(
        "<html><body><article><h1>Ministers meet in Geneva</h1><p>Russia and China signed a trade agreement in Geneva on Monday, officials said.</p>"
        + "<p>\"We will keep talking,\" said Anna Berg, the Swedish foreign minister.</p></article></body></html>");

    private readonly ConcurrentBag<Pipeline> pool = [];

    private static void WarmUp(Pipeline pipeline, CancellationToken cancellationToken) =>
        pipeline.Run(new RawInput("newsgraph:warm-up", WarmUpPage, "text/html; charset=utf-8"), cancellationToken);

    public AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Extracted is { } extracted)
        {
            return PreExtractedReport.Build(item, extracted);
        }

        if (!pool.TryTake(out var pipeline))
        {
            pipeline = createPipeline();
            WarmUp(pipeline, cancellationToken);
        }

        try
        {
            string? contentType = item.ContentType;
            if (item.DeclaredCharset is { } charset && !(contentType ?? "").Contains("charset", StringComparison.OrdinalIgnoreCase))
            {
                contentType = (contentType ?? "text/html") + "; charset=" + charset;
            }

            var input = new RawInput(item.Uri, item.Body, contentType)
            {
                PageUrl = item.Uri.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? item.Uri : null,
            };
            var document = pipeline.Run(input, cancellationToken);
            return ReportBuilder.Build(document, pipeline.Stages);
        }
        finally
        {
            pool.Add(pipeline);
        }
    }
}
