using System.Diagnostics;
using System.Text;
using Newsgraph.Corpus.Sources.Listings;

namespace Newsgraph.Corpus.Tests.Sources;

public sealed class ListingParserTests
{
    private static readonly Uri Base = new("https://news.example.com/feed");

    private readonly ListingParser parser = new();

    [Fact]
    public void Rss_items_give_links_dates_and_titles_with_relative_links_resolved_and_repeats_dropped()
    {
        var listing = parser.Parse(Fixture.Bytes("rss2.xml"), Base);

        Assert.Equal(ListingKind.Rss, listing.Kind);
        Assert.Equal(
            ["https://news.example.com/world/talks-resume", "https://news.example.com/weather/storm", "https://news.example.com/local/relative-story"],
            listing.Links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal("Talks resume in Geneva", listing.Links[0].Title);
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 8, 0, 0, TimeSpan.Zero), listing.Links[0].Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 22, 15, 0, TimeSpan.FromHours(-4)), listing.Links[1].Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 12, 10, 0, 0, TimeSpan.FromHours(2)), listing.Links[2].Published);
        Assert.Contains("without a usable", listing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_entries_prefer_the_alternate_html_link_and_the_published_date()
    {
        var listing = parser.Parse(Fixture.Bytes("atom.xml"), Base);

        Assert.Equal(ListingKind.Atom, listing.Kind);
        Assert.Equal(["https://news.example.com/business/markets", "https://news.example.com/science/probe"], listing.Links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 7, 30, 0, TimeSpan.FromHours(1)), listing.Links[0].Published);
        Assert.Equal("An xhtml title", listing.Links[1].Title);
    }

    [Fact]
    public void Json_feed_items_give_url_or_external_url()
    {
        var listing = parser.Parse(Fixture.Bytes("feed.json"), Base);

        Assert.Equal(ListingKind.JsonFeed, listing.Kind);
        Assert.Equal(["https://news.example.com/politics/vote", "https://other.example.org/analysis"], listing.Links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 6, 0, 0, TimeSpan.Zero), listing.Links[0].Published);
    }

    [Fact]
    public void Google_news_sitemap_gives_publication_date_and_title_and_ignores_image_locs()
    {
        var listing = parser.Parse(Fixture.Bytes("news-sitemap.xml"), Base);

        Assert.Equal(ListingKind.Sitemap, listing.Kind);
        Assert.Equal(["https://news.example.com/2023/09/14/summit", "https://news.example.com/2023/09/13/older"], listing.Links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal("Summit opens", listing.Links[0].Title);
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 5, 45, 0, TimeSpan.Zero), listing.Links[0].Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 13, 0, 0, 0, TimeSpan.Zero), listing.Links[1].Published);
    }

    [Fact]
    public void Sitemap_index_lists_child_sitemaps()
    {
        var listing = parser.Parse(Fixture.Bytes("sitemap-index.xml"), Base);

        Assert.Equal(ListingKind.SitemapIndex, listing.Kind);
        Assert.Empty(listing.Links);
        Assert.Equal(2, listing.Sitemaps.Count);
    }

    [Fact]
    public void A_gzipped_sitemap_is_read()
    {
        var listing = parser.Parse(WarcFixture.Gzip(Fixture.Bytes("news-sitemap.xml")), Base);

        Assert.Equal(2, listing.Links.Count);
    }

    [Fact]
    public void Billion_laughs_is_a_clear_error_without_expansion()
    {
        var listing = parser.Parse(Fixture.Bytes("billion-laughs.xml"), Base);

        Assert.Empty(listing.Links);
        Assert.Contains("not well-formed XML", listing.Error, StringComparison.Ordinal);
        Assert.Contains("lol9", listing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entities_are_never_resolved()
    {
        var listing = parser.Parse(Fixture.Bytes("xxe.xml"), Base);

        Assert.Empty(listing.Links);
        Assert.NotNull(listing.Error);
        Assert.DoesNotContain("root:", listing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_feed_with_a_doctype_is_still_read()
    {
        var listing = parser.Parse(Fixture.Bytes("rss091-doctype.xml"), Base);

        Assert.Null(listing.Error);
        Assert.Equal("Café reopens", Assert.Single(listing.Links).Title);
    }

    [Fact]
    public void A_malformed_feed_keeps_the_items_before_the_error_and_says_where()
    {
        var listing = parser.Parse(Fixture.Bytes("malformed-feed.xml"), Base);

        Assert.Equal(["https://news.example.com/fine"], listing.Links.Select(l => l.Url.AbsoluteUri));
        Assert.Contains("line 4", listing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_megabyte_title_is_cut_and_read_in_bounded_time()
    {
        string title = new('x', 1024 * 1024);
        var body = Encoding.UTF8.GetBytes($"<rss><channel><item><title>{title}</title><link>https://news.example.com/long</link></item></channel></rss>");

        var listing = parser.Parse(body, Base);

        Assert.Equal(parser.Limits.MaxTitleChars, Assert.Single(listing.Links).Title!.Length);
    }

    [Fact]
    public void Links_past_the_per_listing_cap_are_dropped_with_a_note()
    {
        var xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 200; i++)
        {
            xml.Append($"<url><loc>https://news.example.com/{i}</loc></url>");
        }

        var listing = new ListingParser(new ListingLimits { MaxLinksPerListing = 50 }).Parse(Encoding.UTF8.GetBytes(xml.Append("</urlset>").ToString()), Base);

        Assert.Equal(50, listing.Links.Count);
        Assert.Contains("first 50", listing.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!doctype html><html><body>page</body></html>")]
    [InlineData("{\"id\":\"a1\",\"title\":\"JSONL line\",\"text\":\"t\"}")]
    [InlineData("plain text article")]
    [InlineData("<?xml version=\"1.0\"?><svg></svg>")]
    public void Pages_and_other_files_are_not_listings(string body)
    {
        Assert.Equal(ListingKind.None, parser.Parse(Encoding.UTF8.GetBytes(body), Base).Kind);
    }

    [Fact]
    public void Deeply_nested_json_is_refused_with_an_error()
    {
        string json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[" + new string('[', 5000) + new string(']', 5000) + "]}";

        var listing = parser.Parse(Encoding.UTF8.GetBytes(json), Base);

        Assert.NotNull(listing.Error);
    }
}
