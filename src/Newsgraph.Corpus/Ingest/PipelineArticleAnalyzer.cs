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
    private readonly ConcurrentBag<Pipeline> pool = [];

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
