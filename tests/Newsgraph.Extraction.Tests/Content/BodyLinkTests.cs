namespace Newsgraph.Extraction.Tests.Content;

public sealed class BodyLinkTests
{
    [Fact]
    public void Keeps_links_with_offsets_and_absolute_hrefs()
    {
        string html = BodyFixture.Page($"""
            <div class="article-body">
              <p>{BodyFixture.Prose("bridge")}</p>
              <p>The report by <a href="/reports/2024">the  audit office</a> was cited by <a href="https://other.example.org/x">Other News</a>.</p>
            </div>
            """);

        var body = BodyFixture.Extract(html, "https://news.example.com/politics/story");

        Assert.Equal(2, body.Links.Count);
        var first = body.Links[0];
        Assert.Equal("the audit office", body.Text[first.Start..first.End]);
        Assert.Equal("https://news.example.com/reports/2024", first.Href);
        var second = body.Links[1];
        Assert.Equal("Other News", body.Text[second.Start..second.End]);
        Assert.Equal("https://other.example.org/x", second.Href);
    }

    [Fact]
    public void Separates_link_from_adjoining_word_characters()
    {
        string html = BodyFixture.Page($"""<div class="article-body"><p>{BodyFixture.Prose("bridge")}</p><p>管理ソフト<a href="/k">KeePass</a>の起動ショートカットキーと同じなのです、とのことでした。</p></div>""");

        var body = BodyFixture.Extract(html);

        Assert.Contains("管理ソフト KeePass の起動", body.Text);
    }
}
