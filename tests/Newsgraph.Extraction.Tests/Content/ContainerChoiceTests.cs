namespace Newsgraph.Extraction.Tests.Content;

public sealed class ContainerChoiceTests
{
    [Fact]
    public void Picks_article_container_over_sidebar()
    {
        string html = BodyFixture.Page($"""
            <div class="layout">
              <div class="rail"><p>{BodyFixture.Prose("sidebar")}</p></div>
              <div class="story">
                <p>{BodyFixture.Prose("bridge")}</p><p>{BodyFixture.Prose("tunnel")}</p><p>{BodyFixture.Prose("ferry")}</p>
              </div>
            </div>
            """);

        var body = BodyFixture.Extract(html);

        Assert.Contains("bridge", body.Text);
        Assert.Contains("ferry", body.Text);
        Assert.DoesNotContain("sidebar", body.Text);
        Assert.Equal(3, body.Blocks.Count);
    }

    [Fact]
    public void Names_known_container_strategy_when_markup_marks_the_body()
    {
        string html = BodyFixture.Page($"""
            <div class="page"><div itemprop="articleBody"><p>{BodyFixture.Prose("bridge")}</p><p>{BodyFixture.Prose("tunnel")}</p></div></div>
            """);

        var body = BodyFixture.Extract(html);

        Assert.Equal("known-container", body.Strategy);
        Assert.NotNull(body.Container);
        Assert.Equal(2, body.Blocks.Count);
    }

    [Fact]
    public void Joins_body_split_across_repeated_containers()
    {
        string html = BodyFixture.Page($"""
            <article>
              <div class="article-body"><p>{BodyFixture.Prose("bridge")}</p><p>{BodyFixture.Prose("tunnel")}</p></div>
              <div class="ad-slot">Advertisement</div>
              <div class="article-body"><p>{BodyFixture.Prose("ferry")}</p></div>
            </article>
            """);

        var body = BodyFixture.Extract(html);

        Assert.Contains("bridge", body.Text);
        Assert.Contains("ferry", body.Text);
        Assert.DoesNotContain("Advertisement", body.Text);
    }

    [Fact]
    public void Page_without_article_gives_empty_text()
    {
        string html = BodyFixture.Page("""
            <nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></nav>
            <div><a href="/c">Sports</a> | <a href="/d">Weather</a></div>
            """);

        var body = BodyFixture.Extract(html);

        Assert.Equal(string.Empty, body.Text);
        Assert.Empty(body.Blocks);
    }
}
