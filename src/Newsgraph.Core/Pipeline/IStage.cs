using Newsgraph.Core.Documents;

namespace Newsgraph.Core.Pipeline;

/// <summary>A stage that annotates a document: reads the layers it requires, adds those it produces.</summary>
public interface IStage : IStageContract
{
    void Run(Document document, CancellationToken cancellationToken);
}
