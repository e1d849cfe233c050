namespace Newsgraph.Extraction.Tests.Metadata;

public sealed class AuthorTests
{
    [Fact]
    public void Splits_names_joined_by_and_and_normalises_capitals()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Storm hits the coast</h1>
            <div class="byline">By JANE DOE and John Roe, Associated Press</div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Jane Doe", "John Roe"], meta.Info.Authors.Select(a => a.Name));
        Assert.Empty(meta.Info.AuthorOrgs);
    }

    [Fact]
    public void Puts_an_agency_credit_in_author_orgs()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Storm hits the coast</h1>
            <p class="byline">By Reuters</p><p>Text.</p></article></body></html>
            """);

        Assert.Empty(meta.Info.Authors);
        Assert.Equal(["Reuters"], meta.Info.AuthorOrgs);
    }

    [Fact]
    public void Drops_roles_credentials_and_dates_from_the_byline()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Ten tips for better sleep</h1>
            <div class="author-line">Written by Mary Major, MS, RD on November 14, 2019</div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Mary Major"], meta.Info.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Ignores_cms_accounts()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Site news</h1>
            <span class="byline">Posted by admin</span><p>Text.</p></article></body></html>
            """);

        Assert.Empty(meta.Info.Authors);
    }

    [Fact]
    public void Reads_a_jsonld_graph_author_shown_on_the_page()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Storm hits the coast","author":{"@id":"https://example.com/#/person/1"}},
              {"@type":"Person","@id":"https://example.com/#/person/1","name":"Ana Lima"}]}
            </script></head>
            <body><article><h1>Storm hits the coast</h1><div><span>Ana Lima</span></div><p>Text.</p></article></body></html>
            """);

        Assert.Equal(["Ana Lima"], meta.Info.Authors.Select(a => a.Name));
    }

    [Fact]
    public void Leaves_out_a_metadata_author_the_page_never_shows()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><script type="application/ld+json">
            {"@type":"BlogPosting","headline":"Release notes","author":{"@type":"Person","name":"Sam Poster"}}
            </script></head>
            <body><article><h1>Release notes</h1><p>Text.</p></article></body></html>
            """);

        Assert.Empty(meta.Info.Authors);
    }

    [Fact]
    public void Keeps_the_bio_from_an_author_box()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Storm hits the coast</h1>
            <p class="byline">By Ana Lima</p><p>Text.</p>
            <div class="author-bio"><h4>About Ana Lima</h4><p>Ana Lima covers weather and climate for the paper from its coastal bureau.</p></div>
            </article></body></html>
            """);

        var author = Assert.Single(meta.Info.Authors);
        Assert.Equal("Ana Lima", author.Name);
        Assert.Equal("Ana Lima covers weather and climate for the paper from its coastal bureau.", author.Bio);
    }

    [Fact]
    public void Keeps_a_bio_that_opens_with_the_authors_name()
    {
        var meta = MetadataFixture.Extract("""
            <html><body><article><h1>Storm hits the coast</h1>
            <p class="byline">By Ana Lima</p><p>Text.</p>
            <div class="author-bio"><p>Ana Lima covers weather and climate for the paper from its coastal bureau.</p></div>
            </article></body></html>
            """);

        Assert.Equal("Ana Lima covers weather and climate for the paper from its coastal bureau.", Assert.Single(meta.Info.Authors).Bio);
    }
}
