using System.Text;
using System.Text.Json;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary><c>ingest</c> of local inputs: pages, folders, WARC archives and JSONL, recognised by content.</summary>
public sealed class IngestFileSourcesTests : IDisposable
{
    private readonly TempFolder temp = new("newsgraph-cli-files");

    private string Db => temp.Db;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_folder_of_pages_warc_and_jsonl_and_a_jsonl_file_without_its_extension_are_all_stored_ids_kept_and_a_rerun_skips_them()
    {
        string inbox = Path.Combine(temp.Path, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "page.html"), IngestFixtures.Page("A page on disk", 1));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "crawl.warc.gz"), [
            .. IngestFixtures.WarcResponse("https://news.example/one", IngestFixtures.Page("First archived story", 2)),
            .. IngestFixtures.WarcResponse("https://news.example/two", IngestFixtures.Page("Second archived story", 3)),
        ]);
        await File.WriteAllTextAsync(Path.Combine(inbox, "wire.jsonl"), IngestFixtures.JsonlLine("wire-7", "Ministers met in Geneva to discuss grain exports.", "https://wire.example/7") + "\n");
        string noExtension = Path.Combine(temp.Path, "export-2023-09");
        await File.WriteAllTextAsync(noExtension, IngestFixtures.JsonlLine("agency-42", "The port reopened after the storm, officials said.", "https://agency.example/42") + "\n");

        var first = await CliRun.InvokeAsync("ingest", inbox, noExtension, "--db", Db, "--threads", "1", "--print-ids");

        Assert.Contains("ingested 5", first.Output, StringComparison.Ordinal);
        Assert.Contains("stored wire-7", first.Output, StringComparison.Ordinal);
        Assert.Contains("stored agency-42", first.Output, StringComparison.Ordinal);
        var export = await CliRun.InvokeAsync("export", "--db", Db, "--format", "jsonl");
        var urls = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("url").GetString()).ToList();
        Assert.Contains("https://news.example/one", urls);
        Assert.Contains("https://news.example/two", urls);

        var again = await CliRun.InvokeAsync("ingest", inbox, noExtension, "--db", Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("ingested 0", again.Output, StringComparison.Ordinal);
        Assert.Contains("skipped 5", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_saved_as_an_html_file_is_read_as_a_feed_not_as_a_page()
    {
        string feed = Path.Combine(temp.Path, "saved.html");
        await File.WriteAllTextAsync(feed, IngestFixtures.Rss("ftp://example.org/not-http"));

        var run = await CliRun.InvokeAsync("ingest", feed, "--db", Db);

        Assert.Contains("ingested 0", run.Output, StringComparison.Ordinal); // a feed with no http(s) links: no page stored
    }

    [Fact]
    public async Task Hostile_inputs_are_reported_and_the_rest_of_the_batch_is_stored()
    {
        string malformed = Write("malformed.xml", "<rss><channel><item><title>an unclosed item</title><item><title>");
        string laughs = Write("laughs.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <rss version="2.0"><channel><title>&lol9;</title><item><link>https://a.example/&lol9;</link></item></channel></rss>
            """);
        byte[] whole = IngestFixtures.WarcResponse("https://news.example/cut", IngestFixtures.Page("Cut story", 9));
        byte[] plain = Decompress(whole);
        string truncated = Path.Combine(temp.Path, "cut.warc");
        await File.WriteAllBytesAsync(truncated, plain[..(plain.Length / 2)]);
        string huge = Path.Combine(temp.Path, "huge.warc");
        await File.WriteAllTextAsync(huge, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/huge\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 10737418240\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>tiny</p>\r\n\r\n");
        string good = Write("good.jsonl", IngestFixtures.JsonlLine("survivor", "The harbour bridge reopened on Tuesday.", "https://wire.example/survivor") + "\n");

        var run = await CliRun.InvokeAsync("ingest", malformed, laughs, truncated, huge, good, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ingested 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("malformed.xml", run.Error, StringComparison.Ordinal);
        Assert.Contains("undeclared entity", run.Error, StringComparison.Ordinal); // no DTD is processed
        Assert.Contains("truncated", run.Error, StringComparison.Ordinal);
        Assert.Contains("10,737,418,240", run.Error, StringComparison.Ordinal); // refused by its declared length, not read
        var export = await CliRun.InvokeAsync("export", "--db", Db, "--format", "jsonl");
        Assert.Contains("\"id\":\"survivor\"", export.Output, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(temp.Path, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static byte[] Decompress(byte[] gzip)
    {
        using var input = new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
