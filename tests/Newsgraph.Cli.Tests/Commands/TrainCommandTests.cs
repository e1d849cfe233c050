using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    /// <summary>A missing shared folder is a usage error naming what is missing: the folder itself, or
    /// the synthetic stories for the trainers that read them.</summary>
    [Theory]
    [InlineData("ner", "--shared")]
    [InlineData("entity-lexicon", "--shared")]
    [InlineData("events", "events_ngec_synthetic")]
    [InlineData("event-lexicon", "events_ngec_synthetic")]
    public async Task Training_without_shared_data_is_a_usage_error(string trainer, string named)
    {
        string missing = Path.Combine(Path.GetTempPath(), $"newsgraph-no-shared-{Guid.NewGuid():N}");

        var run = await CliRun.InvokeAsync("train", trainer, "--shared", missing, "--out", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
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

    /// <summary>Deterministic trainers: rebuilding from the shared data gives the committed file byte for byte.</summary>
    [Theory]
    [InlineData("entity-lexicon", "Newsgraph.Entities", "entity-lexicon-v2.bin")]
    public async Task Training_rebuilds_the_committed_file_byte_for_byte(string trainer, string project, string file)
    {
        if (RepoPaths.Shared is not { } shared)
        {
            return; // no shared data on this machine: nothing to rebuild from
        }

        string output = Path.Combine(Path.GetTempPath(), $"newsgraph-{trainer}-{Guid.NewGuid():N}");
        try
        {
            var run = await CliRun.InvokeAsync("train", trainer, "--shared", shared, "--out", output);

            Assert.Equal(0, run.ExitCode);
            string committed = RepoPaths.InRepo("src", project, "Models", file);
            Assert.Equal(await File.ReadAllBytesAsync(committed), await File.ReadAllBytesAsync(Path.Combine(output, file)));
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
