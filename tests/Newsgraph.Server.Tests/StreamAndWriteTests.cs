using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Newsgraph.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class StreamAndWriteTests(ServerFixture server)
{
    [Fact]
    public async Task A_stored_article_is_announced_on_the_stream()
    {
        using var streamClient = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        // another test may have just filled the stream slots; the server frees them as it notices
        // those clients left, so ask again for a while
        var stream = await streamClient.GetAsync("/api/stream/articles", HttpCompletionOption.ResponseHeadersRead);
        for (int attempt = 0; attempt < 60 && stream.StatusCode == HttpStatusCode.ServiceUnavailable; attempt++)
        {
            stream.Dispose();
            await Task.Delay(500);
            stream = await streamClient.GetAsync("/api/stream/articles", HttpCompletionOption.ResponseHeadersRead);
        }

        using var streamResponse = stream;
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent("""{"html":"<html><head><title>Ferry service resumes</title></head><body><article><p>The ferry between the islands resumed on Friday, the harbour master said. \"We are back,\" said Tom Reed, the operator.</p></article></body></html>","published":"2024-05-03"}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        using var stored = await server.Client.SendAsync(post);
        string body = await stored.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        ApiSchemas.AssertValid("ingest-response", body);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        string? data = null;
        while (data is null && await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        Assert.NotNull(data);
        Assert.Equal("Ferry service resumes", JsonNode.Parse(data)!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_clients_beyond_the_cap_get_503_and_the_server_keeps_serving()
    {
        // the cap is 5 in the fixture; 200 clients at once: the rest are refused, none crash anything
        var clients = Enumerable.Range(0, 200).Select(_ => new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(2) }).ToList();
        try
        {
            var responses = await Task.WhenAll(clients.Select(c => c.GetAsync("/api/stream/articles", HttpCompletionOption.ResponseHeadersRead)));
            int open = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
            int refused = responses.Count(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
            Assert.True(open <= server.Options.MaxStreamClients, $"{open} streams open");
            Assert.Equal(200, open + refused);
            var refusal = responses.First(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(refusal.Headers.RetryAfter);
            ApiSchemas.AssertValid("error", await refusal.Content.ReadAsStringAsync());
            foreach (var r in responses)
            {
                r.Dispose();
            }

            using var search = await server.Client.GetAsync("/api/search?q=bridge");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }
        finally
        {
            foreach (var c in clients)
            {
                c.Dispose();
            }
        }
    }
}
