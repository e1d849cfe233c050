using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Tests.Pipeline;

public sealed class PipelineRunTests
{
    private static RawInput Input(string text) => new("stdin:", System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_failing_stage_becomes_an_error_diagnostic_not_a_crash()
    {
        var pipeline = new PipelineBuilder()
            .ReadWith(new FakeReader())
            .Then(new FakeStage("broken.v1", [], ["x"], _ => throw new InvalidOperationException("boom")))
            .Build();

        var document = pipeline.Run(Input("hello"));

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.StageFailed, diagnostic.Code);
        Assert.Contains("broken.v1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("hello", document.Text);
    }

    [Fact]
    public void A_stage_past_the_time_limit_is_stopped_with_a_timeout_diagnostic()
    {
        var pipeline = new PipelineBuilder()
            .WithLimits(InputLimits.Default with { Timeout = TimeSpan.FromMilliseconds(50) })
            .ReadWith(new FakeReader())
            .Then(new SlowStage())
            .Build();

        var document = pipeline.Run(Input("hello"));

        Assert.Equal(DiagnosticCodes.Timeout, Assert.Single(document.Diagnostics).Code);
    }

    private sealed class SlowStage : IStage
    {
        public StageInfo Info { get; } = new("slow.v1");

        public IReadOnlyList<string> Requires { get; } = [];

        public IReadOnlyList<string> Produces { get; } = [];

        public void Run(Core.Documents.Document document, CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        }
    }
}
