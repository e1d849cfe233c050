using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Tests.Pipeline;

public sealed class PipelineWarmUpTests
{
    [Fact]
    public async Task A_stage_loads_after_the_stages_it_reads_from_and_independent_stages_load_at_once_given_threads()
    {
        var log = new List<string>();
        var release = new TaskCompletionSource();
        var pipeline = new PipelineBuilder()
            .ReadWith(new FakeReader("text"))
            .Then(new FakeStage("tokens.v1", ["text"], ["tokens"]))
            .Then(new WarmingStage("entities.v1", ["tokens"], ["entities"], log, release.Task))
            .Then(new WarmingStage("places.v1", ["entities"], ["places"], log))
            .Then(new WarmingStage("events.v1", ["tokens"], ["events"], log))
            .Build();

        var warmUp = pipeline.WarmUpInBackground(threads: 2);
        await WaitFor(() =>
        {
            lock (log)
            {
                return log.Contains("end events.v1") && log.Contains("start entities.v1");
            }
        });
        lock (log)
        {
            Assert.DoesNotContain("start places.v1", log);
        }

        release.SetResult();
        await warmUp.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(log.IndexOf("end entities.v1") < log.IndexOf("start places.v1"));
    }

    [Fact]
    public async Task On_one_thread_loads_run_in_stage_order()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .ReadWith(new FakeReader("text"))
            .Then(new FakeStage("tokens.v1", ["text"], ["tokens"]))
            .Then(new WarmingStage("entities.v1", ["tokens"], ["entities"], log))
            .Then(new WarmingStage("places.v1", ["entities"], ["places"], log))
            .Then(new WarmingStage("events.v1", ["tokens"], ["events"], log))
            .Build();

        await pipeline.WarmUpInBackground(threads: 1).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(["start entities.v1", "end entities.v1", "start places.v1", "end places.v1", "start events.v1", "end events.v1"], log);
    }

    [Fact]
    public async Task A_failing_warm_up_does_not_fail_the_others()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .ReadWith(new FakeReader("text"))
            .Then(new WarmingStage("broken.v1", ["text"], ["a"], log, Task.FromException(new InvalidOperationException("boom"))))
            .Then(new WarmingStage("after.v1", ["a"], ["b"], log))
            .Build();

        await pipeline.WarmUpInBackground().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("end after.v1", log);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        // A hang guard, not a speed bound: the pool threads may start late on a loaded machine.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
