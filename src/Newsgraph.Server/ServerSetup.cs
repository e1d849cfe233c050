using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsgraph.Corpus.Store;
using Newsgraph.Server.Analysis;
using Newsgraph.Server.Api;
using Newsgraph.Server.Feed;
using Newsgraph.Server.Security;
using Newsgraph.Server.Web;

namespace Newsgraph.Server;

/// <summary>Builds the web application: Kestrel limits, rate limiting, security headers, errors as
/// JSON, the API, the OpenAPI document and the web pages.</summary>
public static class ServerSetup
{
    public const string AnalyzePolicy = "analyze";

    /// <summary>Builds (not starts) the server. Throws <see cref="CorpusStoreException"/> when the
    /// database cannot be used.</summary>
    public static WebApplication Build(ServerOptions options, ILoggerProvider? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (logging is not null)
        {
            builder.Logging.AddProvider(logging);
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            // headers and URLs of a few KB are all a client of this API needs
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 16 * 1024;
            k.Limits.MaxConcurrentConnections = options.MaxConnections;
            // nothing here upgrades a connection (no WebSockets): an upgrade attempt gets no slot
            k.Limits.MaxConcurrentUpgradedConnections = 0;
        });

        // Store queries block the pool thread that runs them (SQLite has no async API); with the
        // pool's minimum at one thread per core, every pool thread could be inside a query while
        // finished queries' responses wait for the pool to add threads (it adds them slowly).
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, options.ReadConnections + Environment.ProcessorCount), io);
        var corpus = new CorpusAccess(options.DatabasePath, options.ReadConnections);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(corpus);
        builder.Services.AddSingleton(new ApiKeyCheck(options.ApiKey));
        builder.Services.AddSingleton<AnalysisService>();
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton<SearchCache>();
        builder.Services.AddSingleton<ArticleFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ArticleFeed>());
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Newsgraph API";
            doc.Info.Description = "Analyse news pages (report v1) and explore the corpus: articles, search, entities, stories, quotes, claims, events.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)options.RateLimitWindow.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiJson.ErrorAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests from this address; slow down.").ConfigureAwait(false);
            };
            r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(c), _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 }));
            r.AddPolicy(AnalyzePolicy, c => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(c), _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AnalyzePermits, Window = options.RateLimitWindow, QueueLimit = 0 }));
        });

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            app.Services.GetRequiredService<AnalysisService>().Dispose();
            corpus.Dispose();
        });
        app.Use(SecurityHeaders);
        app.Use(ErrorsAsJson);
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        WebEndpoints.Map(app);
        app.MapFallback(c => c.Request.Path.StartsWithSegments("/api")
            ? ApiJson.ErrorAsync(c, 404, "not-found", "No such endpoint.")
            : WebEndpoints.NotFoundAsync(c));
        return app;
    }

    private static string ClientOf(HttpContext c) => c.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        h.XFrameOptions = "DENY";
        // nothing loads from anywhere but this server; no inline script or style
        h.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return next();
    }

    /// <summary>An unexpected failure answers 500 (503 when the database is unusable) with a JSON or
    /// HTML body that names no internals; the server keeps running.</summary>
    private static async Task ErrorsAsJson(HttpContext context, Func<Task> next)
    {
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            bool store = ex is CorpusStoreException;
            int status = ex is BadHttpRequestException bad ? bad.StatusCode : store ? 503 : 500;
            string message = store ? "The corpus database cannot be used right now." : status == 500 ? "The server failed on this request." : ex.Message;
            context.Response.Clear();
            await ApiJson.ErrorAsync(context, status, store ? "store-unavailable" : status == 500 ? "internal-error" : "bad-request", message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client went away
        }
    }
}
