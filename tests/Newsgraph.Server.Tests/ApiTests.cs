using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Newsgraph.TestSupport;

namespace Newsgraph.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class ApiTests(ServerFixture server)
{
    private HttpClient Client => server.Client;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> FirstArticleIdAsync()
    {
        var (_, body) = await GetAsync("/api/search");
        return JsonNode.Parse(body)!["hits"]![0]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Search_returns_hits_and_facets_in_the_published_shape()
    {
        var (status, body) = await GetAsync("/api/search?q=bridge&limit=5");
        Assert.Equal(HttpStatusCode.OK, status);
        ApiSchemas.AssertValid("search-results", body);
        Assert.True(JsonNode.Parse(body)!["total"]!.GetValue<long>() >= 1);

        var (all, allBody) = await GetAsync("/api/search");
        Assert.Equal(HttpStatusCode.OK, all);
        ApiSchemas.AssertValid("search-results", allBody);
        // the three fixture pages, plus one if the stream test already stored its article
        Assert.InRange(JsonNode.Parse(allBody)!["total"]!.GetValue<long>(), 3, 4);
    }

    [Fact]
    public async Task Bad_search_parameters_are_a_clear_400()
    {
        foreach (string query in new[] { "from=yesterday", "limit=0", "limit=100000", "offset=-1", "q=" + new string('x', 2000) })
        {
            var (status, body) = await GetAsync("/api/search?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            ApiSchemas.AssertValid("error", body);
        }
    }

    [Fact]
    public async Task Article_is_a_report_v1_with_an_etag_that_answers_304()
    {
        string id = await FirstArticleIdAsync();
        using var response = await Client.GetAsync("/api/articles/" + Uri.EscapeDataString(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ReportSchema.AssertValid(await response.Content.ReadAsStringAsync());
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/articles/" + Uri.EscapeDataString(id));
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Unknown_article_is_404_with_an_error_body()
    {
        var (status, body) = await GetAsync("/api/articles/a0000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, status);
        ApiSchemas.AssertValid("error", body);
    }

    [Theory]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/..")]
    [InlineData("/api/articles/%2e%2e%5c%2e%2e%5cwindows")]
    [InlineData("/api/stories/..%2Fstory-1")]
    [InlineData("/api/entities/..%2F..%2Fetc")]
    [InlineData("/api/entities/%3Cscript%3E")]
    [InlineData("/api/articles/%00")]
    public async Task Path_traversal_in_ids_is_refused_with_400(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {status}");
        if (body.Length > 0)
        {
            // Kestrel itself may refuse a malformed path before routing, with an empty body
            ApiSchemas.AssertValid("error", body);
        }
    }

    [Fact]
    public async Task Entities_stories_and_stats_match_their_schemas()
    {
        var (_, searchBody) = await GetAsync("/api/search");
        var facets = JsonNode.Parse(searchBody)!["facets"]!["entities"]!.AsArray();
        Assert.NotEmpty(facets);
        string name = facets[0]!["value"]!.GetValue<string>();
        var (status, body) = await GetAsync("/api/entities/" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.OK, status);
        ApiSchemas.AssertValid("entity-profile", body);

        var (listStatus, list) = await GetAsync("/api/stories");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        ApiSchemas.AssertValid("story", list);
        string storyId = JsonNode.Parse(list)!.AsArray()[0]!["id"]!.GetValue<string>();
        var (storyStatus, story) = await GetAsync("/api/stories/" + Uri.EscapeDataString(storyId));
        Assert.Equal(HttpStatusCode.OK, storyStatus);
        ApiSchemas.AssertValid("story", story);

        var (statsStatus, stats) = await GetAsync("/api/stats");
        Assert.Equal(HttpStatusCode.OK, statsStatus);
        ApiSchemas.AssertValid("stats", stats);
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/claims")]
    [InlineData("/api/events")]
    [InlineData("/api/quotes?speaker=nobody-at-all")]
    [InlineData("/api/claims?q=bridge&status=reported")]
    public async Task Quotes_claims_and_events_are_item_pages(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        ApiSchemas.AssertValid("item-page", body);
    }

    [Fact]
    public async Task Quotes_come_back_with_their_speakers()
    {
        var (_, body) = await GetAsync("/api/quotes");
        var items = JsonNode.Parse(body)!["items"]!.AsArray();
        Assert.Contains(items, q => q!["speakerName"]?.GetValue<string>() is { Length: > 0 });
    }

    [Fact]
    public async Task Analyze_turns_posted_html_text_and_json_into_report_v1()
    {
        using var html = await Client.PostAsync("/api/analyze", new StringContent(ServerFixture.HostilePage, Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        ReportSchema.AssertValid(await html.Content.ReadAsStringAsync());

        using var text = await Client.PostAsync("/api/analyze", new StringContent("The minister said on Tuesday that talks would resume.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        ReportSchema.AssertValid(await text.Content.ReadAsStringAsync());

        using var json = await Client.PostAsync("/api/analyze", new StringContent("""{"text":"Officials said the port reopened.","published":"2024-03-01"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        ReportSchema.AssertValid(await json.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"url":"http://127.0.0.1:1/secret"}""")]
    [InlineData("""{"url":"http://localhost/"}""")]
    [InlineData("""{"url":"http://169.254.169.254/latest/meta-data/"}""")]
    [InlineData("""{"url":"http://10.0.0.1/"}""")]
    [InlineData("""{"url":"file:///etc/passwd"}""")]
    public async Task Url_analysis_refuses_private_and_loopback_targets(string body)
    {
        using var response = await Client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        ApiSchemas.AssertValid("error", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"html\": ", "malformed-json")]
    [InlineData("{\"html\": \"<p>x</p>\", ", "malformed-json")]
    [InlineData("[1,2,3]", "malformed-json")]
    [InlineData("\"just a string\"", "malformed-json")]
    [InlineData("{}", "invalid-request")]
    [InlineData("{\"html\":\"a\",\"text\":\"b\"}", "invalid-request")]
    [InlineData("{\"text\":\"a\",\"published\":\"last week\"}", "invalid-request")]
    [InlineData("{\"html\": 42}", "malformed-json")]
    public async Task Malformed_or_invalid_json_is_a_clear_400(string body, string code)
    {
        using var response = await Client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        ApiSchemas.AssertValid("error", text);
        Assert.Equal(code, JsonNode.Parse(text)!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413_chunked_or_not()
    {
        byte[] big = new byte[(1 << 20) + 10];
        Array.Fill(big, (byte)'a');
        // "Expect: 100-continue" makes the client wait for the server's answer before it uploads, as a
        // well-behaved client does: otherwise the server's early 413 and its closing of the connection
        // race the upload, and the client may see a reset instead of the answer.
        using var sizedRequest = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new ByteArrayContent(big) };
        sizedRequest.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        sizedRequest.Headers.ExpectContinue = true;
        using var sized = await Client.SendAsync(sizedRequest);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sized.StatusCode);

        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new StreamContent(new MemoryStream(big)) };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        chunked.Headers.TransferEncodingChunked = true;
        chunked.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        ApiSchemas.AssertValid("error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unsupported_media_type_and_empty_bodies_are_4xx()
    {
        using var xml = await Client.PostAsync("/api/analyze", new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
        using var empty = await Client.PostAsync("/api/analyze", new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Writes_without_the_key_are_refused_and_store_nothing()
    {
        var (_, before) = await GetAsync("/api/stats");
        foreach (string? key in new[] { null, "wrong", ServerFixture.ApiKey + "x" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("""{"text":"A new article that must not be stored."}""", Encoding.UTF8, "application/json") };
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            using var response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            ApiSchemas.AssertValid("error", await response.Content.ReadAsStringAsync());
        }

        var (_, after) = await GetAsync("/api/stats");
        Assert.Equal(JsonNode.Parse(before)!["articles"]!.GetValue<long>(), JsonNode.Parse(after)!["articles"]!.GetValue<long>());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var (status, body) = await GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = JsonNode.Parse(body)!["paths"]!.AsObject();
        foreach (string path in new[] { "/api/search", "/api/articles/{id}", "/api/entities/{key}", "/api/stories/{id}", "/api/analyze", "/api/quotes", "/api/claims", "/api/events" })
        {
            Assert.True(paths.ContainsKey(path), path);
        }
    }

    [Fact]
    public async Task Unknown_api_paths_are_json_404s()
    {
        var (status, body) = await GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, status);
        ApiSchemas.AssertValid("error", body);
    }
}
