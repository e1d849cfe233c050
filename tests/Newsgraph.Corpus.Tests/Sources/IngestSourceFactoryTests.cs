using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Sources.Warc;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class IngestSourceFactoryTests
{
    private sealed class TextFileProvider : IIngestSourceProvider
    {
        public IIngestSource? TryCreate(string argument) => File.Exists(argument) || Directory.Exists(argument) ? new FailedSource(argument, "stand-in for the file source") : null;
    }

    [Fact]
    public void Archives_are_recognised_by_content_not_name()
    {
        using var dir = new TempDir();
        string gz = WarcFixture.Write(dir, "download.bin", WarcFixture.GzipPerRecord(WarcFixture.Response("https://example.com/", "<html></html>")));
        string plain = WarcFixture.Write(dir, "archive.dat", WarcFixture.Response("https://example.com/", "<html></html>"));
        using var factory = new IngestSourceFactory();

        Assert.IsType<WarcSource>(factory.Create(gz));
        Assert.IsType<WarcSource>(factory.Create(plain));
    }

    [Theory]
    [InlineData("rss2.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("news-sitemap.xml")]
    [InlineData("sitemap-index.xml")]
    public void Feed_and_sitemap_files_become_listing_sources(string name)
    {
        using var factory = new IngestSourceFactory();

        Assert.IsType<ListingSource>(factory.Create(Fixture.Path(name)));
    }

    [Fact]
    public void A_url_list_becomes_a_url_list_source()
    {
        using var factory = new IngestSourceFactory();

        Assert.IsType<UrlListSource>(factory.Create(Fixture.Path("urls.txt")));
    }

    [Fact]
    public void Other_files_and_folders_go_to_the_providers_passed_in()
    {
        using var dir = new TempDir();
        string article = Path.Combine(dir.Path, "article.txt");
        File.WriteAllText(article, "A plain text article.\nhttps://example.com/ is mentioned in it.");
        using var factory = new IngestSourceFactory(fallbacks: [new TextFileProvider()]);

        Assert.IsType<FailedSource>(factory.Create(article));
        Assert.IsType<FailedSource>(factory.Create(dir.Path));
    }

    [Fact]
    public async Task A_missing_path_or_unsupported_scheme_is_reported_not_thrown()
    {
        using var factory = new IngestSourceFactory();
        var problems = new ProblemLog();

        await factory.Create("/no/such/file.warc.gz").ReadAllAsync(problems);
        await factory.Create("ftp://example.com/feed.xml").ReadAllAsync(problems);

        Assert.Contains("no such file or folder", problems.Text, StringComparison.Ordinal);
        Assert.Contains("'ftp:'", problems.Text, StringComparison.Ordinal);
    }
}
