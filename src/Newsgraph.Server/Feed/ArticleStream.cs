using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Newsgraph.Server.Api;

namespace Newsgraph.Server.Feed;

/// <summary><c>GET /api/stream/articles</c>: server-sent events, one <c>article</c> event per newly
/// ingested article. Beyond the client cap a new client gets 503 with Retry-After.</summary>
public static class ArticleStream
{
    /// <summary>A comment line this often keeps proxies from closing an idle stream and lets the
    /// server notice a client that went away.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(HttpContext context, ArticleFeed feed)
    {
        using var subscription = feed.TrySubscribe();
        if (subscription is null)
        {
            context.Response.Headers.RetryAfter = "30";
            await ApiJson.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "too-many-streams",
                "Too many clients are following the article stream; try again later.").ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var ct = context.RequestAborted;
        try
        {
            await WriteAsync(response, ": connected\n\n", ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(Heartbeat);
                try
                {
                    if (!await subscription.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await WriteAsync(response, ": ping\n\n", ct).ConfigureAwait(false);
                    continue;
                }

                while (subscription.Reader.TryRead(out var notice))
                {
                    string json = JsonSerializer.Serialize(notice, ApiJson.Options);
                    await WriteAsync(response, $"id: {notice.Id}\nevent: article\ndata: {json}\n\n", ct).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the client went away
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct).ConfigureAwait(false);
        await response.Body.FlushAsync(ct).ConfigureAwait(false);
    }
}
