using System.Runtime.CompilerServices;
using System.Text.Json;
using Newsgraph.Cli.Output;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary><c>export --format gdelt-tsv|plover-json</c> over a corpus whose articles carry events.</summary>
public sealed class ExportEventsTests : IDisposable
{
    private const string Text = "Russia and North Korea signed an arms agreement in Vladivostok on Tuesday. Protesters marched in Seoul.";

    private readonly TempFolder temp = new("newsgraph-cli-export");

    private string Db => temp.Db;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Gdelt_tsv_has_the_61_event_table_columns_with_codes_actors_place_and_url()
    {
        await BuildCorpusAsync();

        var run = await CliRun.InvokeAsync("export", "--db", Db, "--format", "gdelt-tsv");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('\t')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        Assert.Equal(61, GdeltTsv.Columns.Length);
        var agree = rows[0];
        string Col(string[] row, string name) => row[Array.IndexOf(GdeltTsv.Columns, name)];
        Assert.Equal("1", Col(agree, "GLOBALEVENTID"));
        Assert.Equal("20230905", Col(agree, "SQLDATE")); // the event's own time
        Assert.Equal("202309", Col(agree, "MonthYear"));
        Assert.Equal("Russia", Col(agree, "Actor1Name"));
        Assert.Equal("North Korea", Col(agree, "Actor2Name"));
        Assert.Equal("03", Col(agree, "EventRootCode"));
        Assert.Equal("1", Col(agree, "QuadClass"));
        Assert.Equal("Vladivostok", Col(agree, "ActionGeo_FullName"));
        Assert.Equal("https://wire.example/arms", Col(agree, "SOURCEURL"));
        Assert.Matches("^[0-9]{14}$", Col(agree, "DATEADDED"));
        var protest = rows[1];
        Assert.Equal("20230904", Col(protest, "SQLDATE")); // no time of its own: the publication date
        Assert.Equal("14", Col(protest, "EventRootCode"));
        Assert.Equal("4", Col(protest, "QuadClass"));
    }

    [Fact]
    public async Task Plover_json_writes_one_record_a_line_with_the_manual_field_names_and_respects_filters()
    {
        await BuildCorpusAsync();

        var run = await CliRun.InvokeAsync("export", "--db", Db, "--format", "plover-json");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var e = first.RootElement;
        Assert.Equal("arms-1-v1", e.GetProperty("id").GetString());
        Assert.Equal("2023-09-05", e.GetProperty("date").GetString());
        Assert.Equal("AGREE", e.GetProperty("event")[0].GetString());
        Assert.Equal("Russia", e.GetProperty("actor")[0].GetProperty("entity_text").GetString());
        Assert.Equal("North Korea", e.GetProperty("recipient")[0].GetProperty("entity_text").GetString());
        Assert.Equal("Vladivostok", e.GetProperty("event_loc").GetProperty("extracted_place").GetString());
        Assert.Equal(1, e.GetProperty("quad_code").GetInt32());
        Assert.Equal("Russia and North Korea signed an arms agreement in Vladivostok on Tuesday.", e.GetProperty("event_text")[0].GetString());
        Assert.Equal("signed", e.GetProperty("trigger").GetString());
        Assert.Equal("https://wire.example/arms", e.GetProperty("cite_info").GetProperty("url").GetString());

        var filtered = await CliRun.InvokeAsync("export", "--db", Db, "--format", "plover-json", "--event-type", "PROTEST");
        Assert.Contains("\"PROTEST\"", Assert.Single(filtered.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        var query = await CliRun.InvokeAsync("export", "--db", Db, "--format", "gdelt-tsv", "--query", "no such words anywhere");
        Assert.Equal(0, query.ExitCode);
        Assert.Equal("", query.Output);
    }

    private async Task BuildCorpusAsync()
    {
        using var store = SqliteCorpusStore.Open(Db);
        var article = new PreExtractedArticle("arms-1", "Arms deal signed", Text, "2023-09-04", "wire.example", "https://wire.example/arms");
        await new IngestRunner(store, new WithEvents(), new IngestOptions { Workers = 1 }).RunAsync([new OneArticle(article)]);
    }

    /// <summary>Adds the entities, times and events the event stages would find in <see cref="Text"/>.</summary>
    private sealed class WithEvents : IArticleAnalyzer
    {
        private readonly PipelineArticleAnalyzer inner = new(() => throw new InvalidOperationException("pre-extracted only"));

        public AnalysisReport Analyze(SourceItem item, CancellationToken cancellationToken)
        {
            var report = inner.Analyze(item, cancellationToken);
            return report with
            {
                Entities =
                [
                    Entity("e1", "country", "Russia"), Entity("e2", "country", "North Korea"), Entity("e3", "place", "Vladivostok"), Entity("e4", "place", "Seoul"),
                ],
                Times = [new ReportTime { Id = "t1", Text = "Tuesday", Start = Text.IndexOf("Tuesday", StringComparison.Ordinal), End = Text.IndexOf("Tuesday", StringComparison.Ordinal) + 7, Value = "2023-09-05", Certainty = "exact" }],
                Events =
                [
                    new ReportEvent { Id = "v1", Type = "AGREE", Trigger = Span("signed"), Sentence = Span("Russia and North Korea signed an arms agreement in Vladivostok on Tuesday."), Modality = "occurred", Source = ["e1"], Target = ["e2"], Place = "e3", Time = "t1" },
                    new ReportEvent { Id = "v2", Type = "PROTEST", Trigger = Span("marched"), Sentence = Span("Protesters marched in Seoul."), Modality = "occurred", Place = "e4" },
                ],
            };
        }

        private static ReportEntity Entity(string id, string type, string name) => new() { Id = id, Type = type, Name = name, Mentions = [Span(name)] };

        private static ReportSpan Span(string text)
        {
            int start = Text.IndexOf(text, StringComparison.Ordinal);
            return new ReportSpan(start, start + text.Length);
        }
    }

    private sealed class OneArticle(PreExtractedArticle article) : IIngestSource
    {
        public async IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new SourceItem { Uri = "test:" + article.Id, Extracted = article };
        }
    }
}
