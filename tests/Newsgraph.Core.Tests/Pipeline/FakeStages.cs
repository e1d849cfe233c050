using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Tests.Pipeline;

internal sealed class FakeReader(params string[] produces) : IReaderStage
{
    public StageInfo Info { get; } = new("fake-reader.v1");

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Produces { get; } = produces;

    public Document Read(RawInput input, CancellationToken cancellationToken) =>
        new(System.Text.Encoding.UTF8.GetString(input.Bytes.Span), new SourceInfo(input.Uri, "text/plain", input.Bytes.Length, ""));
}

internal sealed class FakeStage(string id, string[] requires, string[] produces, Action<Document>? run = null) : IStage
{
    public StageInfo Info { get; } = new(id);

    public IReadOnlyList<string> Requires { get; } = requires;

    public IReadOnlyList<string> Produces { get; } = produces;

    public void Run(Document document, CancellationToken cancellationToken) => run?.Invoke(document);
}

/// <summary>A stage with a resource to load: records when its warm-up starts and ends, and can hold it open.</summary>
internal sealed class WarmingStage(string id, string[] requires, string[] produces, List<string> log, Task? holdUntil = null) : IStage, IWarmUp
{
    public StageInfo Info { get; } = new(id);

    public IReadOnlyList<string> Requires { get; } = requires;

    public IReadOnlyList<string> Produces { get; } = produces;

    public void WarmUp()
    {
        lock (log)
        {
            log.Add("start " + Info.Id);
        }

        holdUntil?.Wait();
        lock (log)
        {
            log.Add("end " + Info.Id);
        }
    }

    public void Run(Document document, CancellationToken cancellationToken)
    {
    }
}
