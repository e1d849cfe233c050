using System.Net;

namespace Newsgraph.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class RateLimitTests(ServerFixture server)
{
    [Fact]
    public async Task A_client_over_the_limit_gets_429_with_retry_after()
    {
        var (app, client, _) = await ServerFixture.StartAsync(server.Options with { RateLimitPermits = 3, RateLimitWindow = TimeSpan.FromMinutes(5), ReadConnections = 1 });
        try
        {
            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage? limited = null;
            for (int i = 0; i < 6; i++)
            {
                var response = await client.GetAsync("/api/stats");
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    limited ??= response;
                }
            }

            Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.NotNull(limited);
            Assert.NotNull(limited!.Headers.RetryAfter);
            ApiSchemas.AssertValid("error", await limited.Content.ReadAsStringAsync());
        }
        finally
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
