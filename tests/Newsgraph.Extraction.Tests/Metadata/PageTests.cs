namespace Newsgraph.Extraction.Tests.Metadata;

public sealed class PageTests
{
    private const string EnglishText =
        "The council said on Monday that the new bridge would be built over the next two years, and that the work " +
        "would start in the spring. It is the first time that the city has been able to pay for such a project without " +
        "help from the state, which had been asked for money several times. Residents who live near the river were told " +
        "that they would be kept informed as the plans are finished.";

    [Fact]
    public void Guesses_the_language_of_the_text_over_the_declared_one()
    {
        var meta = MetadataFixture.Extract("""<html lang="de"><body><article><h1>Bridge approved</h1></article></body></html>""", bodyText: EnglishText);

        Assert.Equal("en", meta.Info.Language);
    }

    [Fact]
    public void Uses_the_declared_language_when_the_text_is_too_short()
    {
        var meta = MetadataFixture.Extract("""<html lang="pt-BR"><body><h1>Olá</h1></body></html>""", bodyText: "Olá");

        Assert.Equal("pt", meta.Info.Language);
    }

    [Theory]
    [InlineData("東京で新しい橋の建設が始まりました。市によると、工事は二年間続く予定です。住民への説明会も開かれました。", "ja")]
    [InlineData("Совет в понедельник заявил, что новый мост будет построен в течение следующих двух лет, работы начнутся весной.", "ru")]
    [InlineData("Der Rat hat am Montag gesagt, dass die neue Brücke in den nächsten zwei Jahren gebaut wird und dass die Arbeiten im Frühjahr beginnen sollen. Es ist das erste Mal, dass die Stadt ein solches Projekt ohne Hilfe des Landes bezahlen kann, und die Anwohner werden über die Pläne informiert.", "de")]
    public void Guesses_languages_by_script_and_stopwords(string text, string expected)
    {
        Assert.Equal(expected, Newsgraph.Extraction.Metadata.LanguageGuesser.Guess(text, 3));
    }

    [Fact]
    public void Ignores_malformed_jsonld_and_reads_the_valid_block()
    {
        var meta = MetadataFixture.Extract("""
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle", "headline": "Broken" "author": </script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge approved","articleSection":"Local News","datePublished":"2019-11-18T10:00:00-05:00",}</script>
            </head><body><p>Text.</p></body></html>
            """);

        Assert.Equal("Bridge approved", meta.Info.Title);
        Assert.Equal("2019-11-18T10:00:00-05:00", meta.Info.Published);
        Assert.Contains("Local News", meta.Info.Section);
    }

    [Fact]
    public void Names_the_site_readably_and_resolves_the_canonical_url()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><title>Bridge approved - The Daily Example</title>
            <meta property="og:site_name" content="TheDailyExample">
            <link rel="canonical" href="/2019/11/18/bridge-approved/"></head>
            <body><h1>Bridge approved</h1></body></html>
            """);

        Assert.Equal("The Daily Example", meta.Info.Site);
        Assert.Equal("https://news.example.com/2019/11/18/bridge-approved/", meta.Info.CanonicalUrl);
    }

    [Fact]
    public void Reads_sections_general_to_specific_and_tags()
    {
        var meta = MetadataFixture.Extract("""
            <html><head><meta property="article:section" content="Markets">
            <meta property="article:tag" content="stocks"><meta name="keywords" content="stocks, earnings"></head>
            <body><nav class="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li><li><a href="/business/markets">Markets</a></li></ul></nav>
            <h1>Shares fall</h1></body></html>
            """);

        Assert.Equal(["Business", "Markets"], meta.Info.Section);
        Assert.Equal(["stocks", "earnings"], meta.Info.Tags);
    }

    [Fact]
    public void Survives_very_deep_nesting()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<h1>Deep</h1>" + "</body></html>";

        var meta = MetadataFixture.Extract(html);

        Assert.NotNull(meta.Info);
    }
}
