namespace Newsgraph.Corpus.Sources;

/// <summary>A source that could not be made (missing file, unsupported scheme): it yields nothing
/// and reports why, so one bad argument does not stop the others.</summary>
public sealed class FailedSource(string argument, string why) : IIngestSource
{
    public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        problems.Report(new SourceProblem(argument, why));
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }
}
