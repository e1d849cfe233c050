namespace Newsgraph.Extraction.Tests.Metadata;

public sealed class DateTests
{
    [Fact]
    public void Uses_the_local_date_of_an_evening_story_with_a_utc_timestamp()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><meta property="article:published_time" content="2019-11-19T02:24:00Z"></head>
            <body><article><h1>Late game ends in a draw</h1>
            <div class="byline">By Jane Doe <span class="date">Nov 18, 2019 at 9:24 pm ET</span></div><p>Text.</p></article></body></html>
            """);

        Assert.StartsWith("2019-11-18", meta.Info.Published);
    }

    [Fact]
    public void Moves_a_utc_timestamp_to_the_date_in_the_url_when_nothing_is_shown()
    {
        var meta = MetadataFixture.Extract(
            """
            <html><head><meta property="article:published_time" content="2019-11-19T04:50:00+00:00"></head>
            <body><article><h1>Launch delayed</h1><p>Text.</p></article></body></html>
            """,
            "https://news.example.com/2019/11/18/launch-delayed/");

        Assert.Equal("2019-11-18", meta.Info.Published![..10]);
    }

    [Fact]
    public void Keeps_a_local_offset_timestamp_with_its_offset()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><meta property="article:published_time" content="2019-11-19T06:56:43-05:00"></head>
            <body><article><h1>Governor defends campaign</h1><p>Text.</p></article></body></html>
            """);

        Assert.Equal("2019-11-19T06:56:43-05:00", meta.Info.Published);
    }

    [Fact]
    public void Keeps_modified_apart_when_it_is_a_later_local_day()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><meta property="article:published_time" content="2019-11-18T10:00:00-05:00">
            <meta property="article:modified_time" content="2019-11-20T09:00:00-05:00"></head>
            <body><article><h1>Report released</h1><p>Text.</p></article></body></html>
            """);

        Assert.StartsWith("2019-11-18", meta.Info.Published);
        Assert.StartsWith("2019-11-20", meta.Info.Modified);
    }

    [Theory]
    [InlineData("2019-11-18T23:30:00-05:00")] // same local day
    [InlineData("2019-11-19T03:00:00Z")] // same local day, written in UTC
    [InlineData("2019-11-10T09:00:00-05:00")] // earlier than publication
    public void Drops_modified_on_the_same_day_or_earlier(string modified)
    {
        var meta = MetadataFixture.Extract($"""
            <html><head><meta property="article:published_time" content="2019-11-18T10:00:00-05:00">
            <meta property="article:modified_time" content="{modified}"></head>
            <body><article><h1>Report released</h1><p>Text.</p></article></body></html>
            """);

        Assert.Null(meta.Info.Modified);
    }

    [Fact]
    public void Reads_a_shown_date_when_the_theme_prints_the_update_date()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><meta property="article:published_time" content="2018-09-15T10:15:48+02:00">
            <meta property="article:modified_time" content="2018-09-16T10:22:22+02:00"></head>
            <body><article><h1>Light festival opens</h1><span class="post-date">2018-09-16</span><p>Text.</p></article></body></html>
            """);

        Assert.StartsWith("2018-09-15", meta.Info.Published);
        Assert.StartsWith("2018-09-16", meta.Info.Modified);
    }

    [Theory]
    [InlineData("Nov. 19, 2019 8:03 am ET", "2019-11-19")]
    [InlineData("19 Nov 2019 05:44 GMT", "2019-11-19")]
    [InlineData("Von Max Muster publiziert am 25. September 2018", "2018-09-25")]
    [InlineData("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22")]
    [InlineData("21:17 18.11.2019", "2019-11-18")]
    [InlineData("11/19/19 06:56 AM EST", "2019-11-19")]
    [InlineData("27/09/2018", "2018-09-27")]
    [InlineData("Monday, November 18th, 2019 at 11:04 a.m.", "2019-11-18")]
    public void Parses_shown_dates(string text, string expected)
    {
        Assert.True(Newsgraph.Extraction.Metadata.DateParser.TryParse(text, out var value));
        Assert.Equal(expected, value.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
