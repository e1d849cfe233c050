namespace Newsgraph.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task Train_ner_without_shared_data_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"newsgraph-no-shared-{Guid.NewGuid():N}");

        var run = await CliRun.InvokeAsync("train", "ner", "--shared", missing, "--out", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--shared", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_help_lists_the_ner_trainer()
    {
        var run = await CliRun.InvokeAsync("train", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ner", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_ner_rejects_a_seed_that_is_not_a_number()
    {
        var run = await CliRun.InvokeAsync("train", "ner", "--seed", "forty-two");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Train_events_without_the_synthetic_stories_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"newsgraph-no-shared-{Guid.NewGuid():N}");

        var run = await CliRun.InvokeAsync("train", "events", "--shared", missing, "--out", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("events_ngec_synthetic", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_help_lists_the_events_trainer()
    {
        var run = await CliRun.InvokeAsync("train", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("events", run.Output, StringComparison.Ordinal);
    }
}
