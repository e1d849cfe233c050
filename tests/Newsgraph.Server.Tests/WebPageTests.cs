using System.Net;
using System.Text.Json.Nodes;

namespace Newsgraph.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class WebPageTests(ServerFixture server)
{
    private async Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> HostileIdAsync()
    {
        using var response = await server.Client.GetAsync("/api/search?q=Mayor");
        var hits = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["hits"]!.AsArray();
        return hits.Single(h => h!["title"]!.GetValue<string>().Contains("script", StringComparison.Ordinal))!["id"]!.GetValue<string>();
    }

    /// <summary>Markup that only an injection could produce (the page's own script tag is the
    /// external live.js, which has a src and no body).</summary>
    private static void AssertNoInjectedMarkup(string html)
    {
        // escaped text may still read "onerror=alert(1)"; what must never appear is a real tag or
        // attribute: a '<' that opens script/img, or an on…= handler inside a tag
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[a-zA-Z][^<>""]*(?:""[^""]*""[^<>""]*)*\son[a-z]+\s*=", html);
        Assert.DoesNotMatch(@"(href|src)\s*=\s*""\s*javascript:", html);
    }

    [Fact]
    public async Task Search_page_lists_hits_and_facets()
    {
        string html = await PageAsync("/?q=bridge");
        Assert.Contains("href=\"/articles/", html, StringComparison.Ordinal);
        Assert.Contains("class=\"facets\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_marks_entities_quotes_and_claims()
    {
        using var search = await server.Client.GetAsync("/api/search?q=bridge");
        string id = JsonNode.Parse(await search.Content.ReadAsStringAsync())!["hits"]![0]!["id"]!.GetValue<string>();
        string html = await PageAsync("/articles/" + Uri.EscapeDataString(id));
        Assert.Contains("class=\"ent ent-", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/", html, StringComparison.Ordinal);
        Assert.Contains("class=\"quote\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"speaker\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_page_text_never_reaches_the_page_unescaped()
    {
        string id = await HostileIdAsync();
        string article = await PageAsync("/articles/" + Uri.EscapeDataString(id));
        AssertNoInjectedMarkup(article);
        Assert.Contains("&lt;script&gt;", article, StringComparison.Ordinal);

        string search = await PageAsync("/?q=Mayor");
        AssertNoInjectedMarkup(search.Replace("<script src=\"/static/live.js\"></script>", string.Empty, StringComparison.Ordinal));

        string reflected = await PageAsync("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        AssertNoInjectedMarkup(reflected.Replace("<script src=\"/static/live.js\"></script>", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entity_page_has_a_mentions_chart()
    {
        using var search = await server.Client.GetAsync("/api/search");
        string name = JsonNode.Parse(await search.Content.ReadAsStringAsync())!["facets"]!["entities"]![0]!["value"]!.GetValue<string>();
        string html = await PageAsync("/entities/" + Uri.EscapeDataString(name));
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_page_has_a_timeline_across_outlets()
    {
        using var list = await server.Client.GetAsync("/api/stories");
        string id = JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray()[0]!["id"]!.GetValue<string>();
        string html = await PageAsync("/stories/" + Uri.EscapeDataString(id));
        Assert.Contains("Timeline across outlets", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_traversal_pages_are_4xx_pages()
    {
        await PageAsync("/articles/nope", HttpStatusCode.NotFound);
        await PageAsync("/entities/..%2F..%2Fetc", HttpStatusCode.BadRequest);
        await PageAsync("/no/such/page", HttpStatusCode.NotFound);
    }
}
