using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Newsgraph.Server.Tests;

/// <summary>Many clients at once against low caps on a server of its own: stream clients over the
/// cap get 503 with Retry-After, connections over the connection cap are closed, nothing is written,
/// and the server keeps answering once they go.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionLimitTests(ServerFixture server)
{
    private const int StreamCap = 3;
    private const int ConnectionCap = 40;

    [Fact]
    public async Task Clients_over_the_stream_and_connection_caps_are_refused_and_the_server_keeps_serving()
    {
        var (app, client, address) = await ServerFixture.StartAsync(server.Options with { MaxStreamClients = StreamCap, MaxConnections = ConnectionCap, ReadConnections = 1 });
        var streamClients = Enumerable.Range(0, 30).Select(_ => new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) }).ToList();
        var sockets = new List<TcpClient>();
        try
        {
            long articlesBefore = await ArticlesAsync(client);
            var responses = await Task.WhenAll(streamClients.Select(c => c.GetAsync("/api/stream/articles", HttpCompletionOption.ResponseHeadersRead)));
            var open = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
            var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
            Assert.True(open.Count <= StreamCap, $"{open.Count} streams open");
            Assert.Equal(responses.Length, open.Count + refused.Count);
            Assert.All(refused, r => Assert.NotNull(r.Headers.RetryAfter));
            ApiSchemas.AssertValid("error", await refused[0].Content.ReadAsStringAsync());

            // more bare connections than the connection cap: the ones over it are closed, nothing breaks
            for (int i = 0; i < ConnectionCap * 2; i++)
            {
                var socket = new TcpClient();
                sockets.Add(socket);
                try
                {
                    await socket.ConnectAsync(address.Host, address.Port);
                }
                catch (SocketException)
                {
                    // refused outright is as good as closed
                }
            }

            foreach (var socket in sockets)
            {
                socket.Dispose();
            }

            foreach (var r in responses)
            {
                r.Dispose();
            }

            foreach (var c in streamClients)
            {
                c.Dispose();
            }

            // the slots come back as the server notices the clients went away
            using var fresh = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            HttpStatusCode status = 0;
            for (int attempt = 0; attempt < 100 && status != HttpStatusCode.OK; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(100);
                }

                try
                {
                    using var stream = await fresh.GetAsync("/api/stream/articles", HttpCompletionOption.ResponseHeadersRead);
                    status = stream.StatusCode;
                }
                catch (HttpRequestException)
                {
                    // a connection over the cap was closed before the others were counted out
                }
            }

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(articlesBefore, await ArticlesAsync(fresh));
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }

            foreach (var c in streamClients)
            {
                c.Dispose();
            }

            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<long> ArticlesAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["articles"]!.GetValue<long>();
    }
}
