using Newsgraph.Core.Diagnostics;

namespace Newsgraph.Extraction.Tests.Metadata;

public sealed class TitleTests
{
    [Fact]
    public void Strips_site_suffix_when_no_headline_is_shown()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><title>Council approves new bridge | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example"></head>
            <body><p>Some text.</p></body></html>
            """);

        Assert.Equal("Council approves new bridge", meta.Info.Title);
    }

    [Fact]
    public void Prefers_the_article_h1_over_a_logo_h1()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><title>Council approves new bridge - The Daily Example</title>
            <meta property="og:title" content="Council approves new bridge"></head>
            <body><header><h1 class="site-logo"><a href="/">The Daily Example</a></h1></header>
            <article><h1 class="headline">Council approves new bridge</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal("Council approves new bridge", meta.Info.Title);
    }

    [Fact]
    public void Keeps_the_visible_headline_when_the_seo_title_differs()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><title>Bridge vote: council says yes after long debate | Example</title></head>
            <body><article><h1>Council approves new bridge after long debate</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal("Council approves new bridge after long debate", meta.Info.Title);
    }

    [Fact]
    public void Reports_a_page_without_any_title()
    {
        var meta = MetadataFixture.Extract("<html><body><p>Only text.</p></body></html>");

        Assert.Null(meta.Info.Title);
        Assert.Contains(meta.Diagnostics, d => d.Code == DiagnosticCodes.NoTitle);
    }
}
