using System.Text.Json;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

public sealed class CorpusCommandsTests : IDisposable
{
    private readonly TempFolder temp = new("newsgraph-cli-corpus");

    // These tests are about the corpus, not the time budget: a generous limit keeps the first page
    // (which also loads the models) from hitting the default 10 s on a busy machine.
    private const string TimeLimit = "300";

    private string Db => temp.Db;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingest_then_search_stories_story_and_export_work_together()
    {
        string samples = TestSupport.RepoPaths.InRepo("samples");
        string jsonl = Path.Combine(temp.Path, "extra.jsonl");
        await File.WriteAllTextAsync(jsonl, """
            {"id":"wire-1","title":"Council approves drought relief","text":"The regional council approved a drought relief fund on Monday. Farmers will be able to apply from October.","published":"2023-09-04","source":"wire.example","url":"https://wire.example/relief"}
            not json at all
            """);

        var ingest = await CliRun.InvokeAsync("ingest", samples, jsonl, "--db", Db, "--time-limit", TimeLimit);
        Assert.Equal(1, ingest.ExitCode); // the malformed line is a failed item
        Assert.Contains("ingested 3", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("line=2", ingest.Error, StringComparison.Ordinal);

        var again = await CliRun.InvokeAsync("ingest", samples, "--db", Db, "--time-limit", TimeLimit);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("skipped 2", again.Output, StringComparison.Ordinal);

        var search = await CliRun.InvokeAsync("search", "drought relief", "--db", Db, "--format", "json");
        Assert.Equal(0, search.ExitCode);
        using (var results = JsonDocument.Parse(search.Output))
        {
            Assert.True(results.RootElement.GetProperty("total").GetInt64() >= 1);
            var ids = results.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
            Assert.Contains("wire-1", ids);
        }

        var filtered = await CliRun.InvokeAsync("search", "drought", "--site", "wire.example", "--from", "2023-09-01", "--to", "2023-09-30", "--db", Db, "--format", "text");
        Assert.Contains("Council approves drought relief", filtered.Output, StringComparison.Ordinal);

        var stories = await CliRun.InvokeAsync("stories", "--db", Db, "--format", "json");
        Assert.Equal(0, stories.ExitCode);
        string storyId;
        using (var list = JsonDocument.Parse(stories.Output))
        {
            var all = list.RootElement.EnumerateArray().ToList();
            Assert.Equal(3, all.Sum(s => s.GetProperty("memberIds").GetArrayLength()));
            storyId = all[0].GetProperty("id").GetString()!;
        }

        // ingest re-clustered already: an explicit re-clustering finds nothing to move
        var recluster = await CliRun.InvokeAsync("stories", "--recluster", "--db", Db, "--format", "json");
        Assert.Equal(0, recluster.ExitCode);
        Assert.Contains("re-clustered: 0 articles changed story", recluster.Error, StringComparison.Ordinal);
        Assert.Equal(stories.Output, recluster.Output);

        var story = await CliRun.InvokeAsync("story", storyId, "--db", Db, "--format", "text");
        Assert.Equal(0, story.ExitCode);
        Assert.Contains(storyId, story.Output, StringComparison.Ordinal);

        var export = await CliRun.InvokeAsync("export", "--db", Db, "--format", "jsonl");
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"id\":\"wire-1\"", StringComparison.Ordinal));

        var csv = await CliRun.InvokeAsync("export", "--db", Db, "--format", "csv", "--query", "drought");
        Assert.StartsWith("id,url,site,title", csv.Output, StringComparison.Ordinal);
        Assert.Contains("wire-1,https://wire.example/relief", csv.Output, StringComparison.Ordinal);

        // the export reads back into a new corpus, ids kept
        string exported = Path.Combine(temp.Path, "export.jsonl");
        await File.WriteAllTextAsync(exported, export.Output);
        var reimport = await CliRun.InvokeAsync("ingest", exported, "--db", Path.Combine(temp.Path, "copy.db"));
        Assert.Contains("ingested 3", reimport.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_db_that_is_not_a_database_gives_a_clear_error_and_exit_code_3()
    {
        await File.WriteAllTextAsync(Db, "just some text");
        var search = await CliRun.InvokeAsync("search", "anything", "--db", Db);
        Assert.Equal(3, search.ExitCode);
        Assert.Contains("not a newsgraph database", search.Error, StringComparison.Ordinal);

        var ingest = await CliRun.InvokeAsync("ingest", TestSupport.RepoPaths.InRepo("samples"), "--db", Db);
        Assert.Equal(3, ingest.ExitCode);
        Assert.Equal("just some text", await File.ReadAllTextAsync(Db));
    }

    [Fact]
    public async Task Unknown_story_and_entity_and_missing_corpus_are_reported()
    {
        var missing = await CliRun.InvokeAsync("stories", "--db", Db);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("newsgraph ingest", missing.Error, StringComparison.Ordinal);
        var missingRecluster = await CliRun.InvokeAsync("stories", "--recluster", "--db", Db);
        Assert.Equal(3, missingRecluster.ExitCode);
        Assert.False(File.Exists(Db));

        await CliRun.InvokeAsync("ingest", TestSupport.RepoPaths.InRepo("samples"), "--db", Db);
        var story = await CliRun.InvokeAsync("story", "story-999", "--db", Db);
        Assert.Equal(1, story.ExitCode);
        Assert.Contains("no story", story.Error, StringComparison.Ordinal);
        var entity = await CliRun.InvokeAsync("entity", "Nobody Known", "--db", Db);
        Assert.Equal(1, entity.ExitCode);
    }

    [Fact]
    public async Task Bad_dates_are_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("search", "x", "--from", "yesterday", "--db", Db);
        Assert.Equal(2, run.ExitCode);
    }
}
