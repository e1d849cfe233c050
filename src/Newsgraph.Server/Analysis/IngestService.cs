using System.Runtime.CompilerServices;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Server.Api;

namespace Newsgraph.Server.Analysis;

/// <summary>
/// Stores one analysed page in the corpus through the ordinary ingest loop (duplicates, revisions,
/// stories all as <c>newsgraph ingest</c> does). One store write at a time: the store has one writer.
/// </summary>
public sealed class IngestService(CorpusAccess corpus)
{

    public async Task<IngestResponse> StoreAsync(SourceItem item, AnalysisReport report, CancellationToken cancellationToken)
    {
        await corpus.WriteLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var problems = new List<string>();
            var runner = new IngestRunner(corpus.Writer, new ReadyReport(report), new IngestOptions { Workers = 1, BatchSize = 1 })
            {
                Problems = new Collect(problems),
            };
            var counts = await runner.RunAsync([new OneItem(item)], cancellationToken).ConfigureAwait(false);
            return new IngestResponse(counts.Ingested, counts.Skipped, counts.Duplicates, counts.Revisions, counts.Failed, problems);
        }
        finally
        {
            corpus.WriteLock.Release();
        }
    }

    /// <summary>The report was made before the write lock was taken (analysis is the slow part).</summary>
    private sealed class ReadyReport(AnalysisReport report) : IArticleAnalyzer
    {
        public AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken) => report;
    }

    private sealed class OneItem(SourceItem item) : IIngestSource
    {
        public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield return item;
        }
    }

    private sealed class Collect(List<string> into) : IProgress<SourceProblem>
    {
        public void Report(SourceProblem value)
        {
            lock (into)
            {
                into.Add(value.Message);
            }
        }
    }
}
