namespace Newsgraph.Extraction.Tests.Content;

public sealed class BoilerplateStrippingTests
{
    private static string Article(string inner) => BodyFixture.Page($"""
        <article>
          <h1>Council approves bridge</h1>
          <div class="byline">By Jane Roe</div>
          <div class="article-body">
            <p>{BodyFixture.Prose("bridge")}</p>
            {inner}
            <p>{BodyFixture.Prose("tunnel")}</p>
            <p>{BodyFixture.Prose("ferry")}</p>
          </div>
        </article>
        """);

    [Theory]
    [InlineData("""<div class="share-bar"><a href="https://facebook.com/x">Share on Facebook</a> <a href="https://twitter.com/x">Tweet this story</a></div>""", "Facebook")]
    [InlineData("""<div class="newsletter-signup"><p>Get our free morning newsletter delivered to your inbox every day of the week.</p></div>""", "newsletter")]
    [InlineData("""<div class="related-stories"><ul><li><a href="/one">Mayor opens the new harbour walk</a></li><li><a href="/two">Rail fares to rise again in spring</a></li></ul></div>""", "harbour")]
    [InlineData("""<section id="comments"><p>Reader42 wrote: this bridge is a waste of everyone's money and time.</p></section>""", "Reader42")]
    [InlineData("""<div class="cookie-consent"><p>We use cookies to improve your experience on our website and for ads.</p></div>""", "cookies")]
    [InlineData("""<figure><img src="a.jpg"><figcaption>The old bridge at dusk. Photo: Agency</figcaption></figure>""", "dusk")]
    [InlineData("""<p><a href="/news/other-story">Mayor opens the new harbour walk after two years</a></p>""", "harbour")]
    [InlineData("""<p>Advertisement</p>""", "Advertisement")]
    [InlineData("""<div style="display:none"><p>This hidden paragraph should never be shown to readers at all.</p></div>""", "hidden")]
    public void Strips_chrome_from_body(string chrome, string marker)
    {
        var body = BodyFixture.Extract(Article(chrome), "https://news.example.com/2024/bridge");

        Assert.DoesNotContain(marker, body.Text);
        Assert.Contains("bridge", body.Text);
        Assert.Contains("ferry", body.Text);
    }

    [Theory]
    [InlineData("rollover-people", "rollover-block")]
    [InlineData("person-tooltip", "tooltip-card")]
    public void Keeps_a_name_link_whose_wrapper_also_holds_its_hover_card(string wrapperClass, string cardClass)
    {
        var body = BodyFixture.Extract(Article($"""
            <p>A man pleaded guilty to charges he threatened to kill Rep. <span class="{wrapperClass}"><a class="{wrapperClass}-link" href="/people/dana-reyes">Dana Reyes</a><span class="{cardClass}"><img src="/p.jpg"><span>Representative since 2019. Read the full profile of this member.</span></span></span> (D-Minn.), prosecutors said on Monday.</p>
            """));

        Assert.Contains("Rep. Dana Reyes (D-Minn.)", body.Text);
        Assert.DoesNotContain("full profile", body.Text);
    }

    [Fact]
    public void Drops_a_hover_card_that_holds_no_link_text()
    {
        var body = BodyFixture.Extract(Article("""<div class="hovercard"><p>Follow this author to get an alert whenever a new story of theirs is published.</p></div>"""));

        Assert.DoesNotContain("Follow this author", body.Text);
    }

    [Fact]
    public void Leaves_out_headline_and_byline()
    {
        var body = BodyFixture.Extract(Article(string.Empty));

        Assert.DoesNotContain("Council approves", body.Text);
        Assert.DoesNotContain("Jane Roe", body.Text);
    }

    [Fact]
    public void Keeps_links_to_other_sites_in_a_link_list()
    {
        string list = """<ul><li><a href="https://shop.example.org/a">Get the kettle at Shop for $20</a></li></ul>""";

        var body = BodyFixture.Extract(Article(list), "https://news.example.com/2024/bridge");

        Assert.Contains("kettle", body.Text);
    }
}
