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
