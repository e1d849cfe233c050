using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    [Theory]
    [InlineData("ner")]
    [InlineData("entity-lexicon")]
    public async Task Training_without_shared_data_is_a_usage_error(string trainer)
    {
        string missing = Path.Combine(Path.GetTempPath(), $"newsgraph-no-shared-{Guid.NewGuid():N}");

        var run = await CliRun.InvokeAsync("train", trainer, "--shared", missing, "--out", Path.GetTempPath());

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
    public async Task Train_entity_lexicon_rebuilds_the_committed_lexicon_byte_for_byte()
    {
        if (RepoPaths.Shared is not { } shared)
        {
            return; // no shared data on this machine: nothing to rebuild from
        }

        string output = Path.Combine(Path.GetTempPath(), $"newsgraph-lexicon-{Guid.NewGuid():N}");
        try
        {
            var run = await CliRun.InvokeAsync("train", "entity-lexicon", "--shared", shared, "--out", output);

            Assert.Equal(0, run.ExitCode);
            string committed = RepoPaths.InRepo("src", "Newsgraph.Entities", "Models", "entity-lexicon-v2.bin");
            Assert.Equal(await File.ReadAllBytesAsync(committed), await File.ReadAllBytesAsync(Path.Combine(output, "entity-lexicon-v2.bin")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
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
    public async Task Train_event_lexicon_without_the_synthetic_stories_is_a_usage_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"newsgraph-no-shared-{Guid.NewGuid():N}");

        var run = await CliRun.InvokeAsync("train", "event-lexicon", "--shared", missing, "--out", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("events_ngec_synthetic", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_event_lexicon_rebuilds_the_committed_file()
    {
        if (RepoPaths.Shared is not { } shared)
        {
            return;
        }

        string output = Path.Combine(Path.GetTempPath(), $"newsgraph-event-lexicon-{Guid.NewGuid():N}");
        try
        {
            var run = await CliRun.InvokeAsync("train", "event-lexicon", "--shared", shared, "--out", output);

            Assert.Equal(0, run.ExitCode);
            string committed = RepoPaths.InRepo("src", "Newsgraph.Events", "Models", "event-lexicon-v1.tsv");
            Assert.Equal(await File.ReadAllTextAsync(committed), await File.ReadAllTextAsync(Path.Combine(output, "event-lexicon-v1.tsv")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Train_help_lists_the_events_trainer()
    {
        var run = await CliRun.InvokeAsync("train", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("events", run.Output, StringComparison.Ordinal);
    }
}
