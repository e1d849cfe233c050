using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class FileSourceTests
{
    [Fact]
    public async Task A_folder_with_binary_files_yields_only_pages_and_a_binary_page_fails_alone()
    {
        using var temp = new TempCorpus();
        temp.File("pages/good.html", "<html><head><title>Harbour bridge reopens</title></head><body><article><p>" + TestCorpus.WireStory + "</p></article></body></html>");
        var random = new Random(7);
        var noise = new byte[50_000];
        random.NextBytes(noise);
        await File.WriteAllBytesAsync(Path.Combine(temp.Folder, "pages", "photo.jpg"), noise);
        await File.WriteAllBytesAsync(Path.Combine(temp.Folder, "pages", "archive.zip"), noise);
        await File.WriteAllBytesAsync(Path.Combine(temp.Folder, "pages", "disguised.html"), noise);

        var (items, problems) = await JsonlSourceTests.ReadAsync(new FileSource([Path.Combine(temp.Folder, "pages")], 1 << 20));
        Assert.Empty(problems);
        Assert.Equal(["disguised.html", "good.html"], items.Select(i => Path.GetFileName(new Uri(i.Uri).LocalPath)));

        using var store = temp.Open();
        var reported = new List<SourceProblem>();
        var counts = await new IngestRunner(store, TestCorpus.Analyzer()) { Problems = new Collect(reported) }
            .RunAsync([new FileSource([Path.Combine(temp.Folder, "pages")], 1 << 20)]);
        Assert.Equal(1, counts.Ingested);
        Assert.Equal(1, counts.Failed);
        Assert.Contains(reported, p => p.Uri.EndsWith("disguised.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_and_oversized_files_are_reported_and_skipped()
    {
        using var temp = new TempCorpus();
        string big = temp.File("big.html", new string('x', 5000));
        var (items, problems) = await JsonlSourceTests.ReadAsync(new FileSource([Path.Combine(temp.Folder, "nope.html"), big], 1000));

        Assert.Empty(items);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("No such file", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("limit", StringComparison.Ordinal));
    }

    private sealed class Collect(List<SourceProblem> list) : IProgress<SourceProblem>
    {
        public void Report(SourceProblem value)
        {
            lock (list)
            {
                list.Add(value);
            }
        }
    }
}
