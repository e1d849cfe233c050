using System.IO.Compression;
using System.Text;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class JsonlSourceTests
{
    [Fact]
    public async Task Each_line_becomes_an_article_that_keeps_its_id()
    {
        using var temp = new TempCorpus();
        string path = temp.File("a.jsonl", """
            {"id":"x-1","title":"One","text":"First text.","published":"2023-09-01","source":"example.org","url":"https://example.org/1"}
            {"id":42,"text":"Numeric id."}

            {"text":"No id at all."}
            """);
        var (items, problems) = await ReadAsync(new JsonlSource(path));

        Assert.Empty(problems);
        Assert.Equal(3, items.Count);
        Assert.Equal(new PreExtractedArticle("x-1", "One", "First text.", "2023-09-01", "example.org", "https://example.org/1"), items[0].Extracted);
        Assert.Equal("42", items[1].Extracted!.Id);
        Assert.StartsWith("jsonl-", items[2].Extracted!.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_lines_are_skipped_with_a_message_and_the_rest_are_read()
    {
        using var temp = new TempCorpus();
        string path = temp.File("bad.jsonl", string.Join('\n',
            """{"id":"ok-1","text":"Good."}""",
            """{"id":"broken","text":"unterminated""",
            """[1,2,3]""",
            """{"id":"no-text","title":"Only a title"}""",
            "\u0000\u0001binary\u00ff",
            new string('[', 5000),
            """{"id":"ok-2","text":"Also good."}"""));
        var (items, problems) = await ReadAsync(new JsonlSource(path));

        Assert.Equal(["ok-1", "ok-2"], items.Select(i => i.Extracted!.Id));
        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("malformed JSON", StringComparison.Ordinal) && p.Uri.EndsWith("#line=2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("not a JSON object", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("no \"text\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_100_MB_line_is_skipped_without_being_held_and_the_next_line_is_read()
    {
        using var temp = new TempCorpus();
        string path = Path.Combine(temp.Folder, "huge.jsonl");
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"huge\",\"text\":\""));
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < 100; i++)
            {
                await file.WriteAsync(chunk);
            }

            await file.WriteAsync(Encoding.UTF8.GetBytes("\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n"));
        }

        var (items, problems) = await ReadAsync(new JsonlSource(path));

        Assert.Equal("after", Assert.Single(items).Extracted!.Id);
        var problem = Assert.Single(problems);
        Assert.Contains("longer than", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzipped_jsonl_is_read_and_damaged_gzip_is_reported()
    {
        using var temp = new TempCorpus();
        string good = Path.Combine(temp.Folder, "a.jsonl.gz");
        await using (var file = File.Create(good))
        await using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gz.WriteAsync(Encoding.UTF8.GetBytes("{\"id\":\"z\",\"text\":\"Zipped.\"}\n"));
        }

        string damaged = Path.Combine(temp.Folder, "b.jsonl.gz");
        var bytes = await File.ReadAllBytesAsync(good);
        bytes[^6] ^= 0xFF; // breaks the CRC
        await File.WriteAllBytesAsync(damaged, bytes);

        var (items, _) = await ReadAsync(new JsonlSource(good));
        Assert.Equal("z", Assert.Single(items).Extracted!.Id);
        var (_, problems) = await ReadAsync(new JsonlSource(damaged));
        Assert.Contains(problems, p => p.Message.Contains("gzip", StringComparison.Ordinal));
    }

    internal static async Task<(List<SourceItem> Items, List<SourceProblem> Problems)> ReadAsync(IIngestSource source)
    {
        var problems = new ListProblems();
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(problems, default))
        {
            items.Add(item);
        }

        return (items, problems.Items);
    }

    private sealed class ListProblems : IProgress<SourceProblem>
    {
        public List<SourceProblem> Items { get; } = [];

        public void Report(SourceProblem value) => Items.Add(value);
    }
}
