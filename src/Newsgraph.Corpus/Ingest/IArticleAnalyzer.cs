using Newsgraph.Core.Report;
using Newsgraph.Corpus.Sources;

namespace Newsgraph.Corpus.Ingest;

/// <summary>Turns one source item into its report. Called from several threads at once.</summary>
public interface IArticleAnalyzer
{
    /// <summary>The report; bad input gives a report with an error diagnostic, never an exception.</summary>
    AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken);
}
