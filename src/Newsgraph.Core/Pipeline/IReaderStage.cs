using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;

namespace Newsgraph.Core.Pipeline;

/// <summary>
/// The first stage: reads raw input and creates the <see cref="Document"/> whose text every other
/// stage annotates. It never throws for bad input; it returns a document with error diagnostics.
/// </summary>
public interface IReaderStage : IStageContract
{
    Document Read(RawInput input, CancellationToken cancellationToken);
}
