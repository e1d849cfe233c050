using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Server.Analysis;
using Newsgraph.Server.Security;

namespace Newsgraph.Server.Api;

/// <summary>The JSON API under <c>/api</c>. Every response is JSON (errors too: <see cref="ApiError"/>).</summary>
public static class ApiEndpoints
{
    /// <summary>Most articles whose reports a quotes/claims/events page reads.</summary>
    private const int KnowledgeDefaultArticles = 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/stats", (HttpContext c, CorpusAccess corpus) =>
            Read(c, corpus, s => s.Counts()))
            .Produces<CorpusCounts>().WithName("stats");

        api.MapGet("/articles/{id}", async (HttpContext c, string id, CorpusAccess corpus) =>
        {
            if (!SafeIds.IsArticleOrStoryId(id))
            {
                await BadId(c, "article").ConfigureAwait(false);
                return;
            }

            var report = await corpus.ReadAsync(s => s.Report(id), c.RequestAborted).ConfigureAwait(false);
            await (report is null
                ? ApiJson.ErrorAsync(c, 404, "not-found", $"No article {id}.")
                : ApiJson.WriteReportAsync(c, report)).ConfigureAwait(false);
        }).Produces<AnalysisReport>().Produces<ApiError>(404).WithName("article");

        api.MapGet("/search", async (HttpContext c, CorpusAccess corpus, SearchCache cache, Feed.ArticleFeed feed) =>
        {
            var (query, error) = SearchParameters.Read(c.Request.Query);
            if (query is null)
            {
                await ApiJson.ErrorAsync(c, 400, error!.Error, error.Message).ConfigureAwait(false);
                return;
            }

            long version = feed.CorpusVersion;
            byte[] body = await corpus.ReadAsync(
                s => cache.GetOrAdd(version, c.Request.QueryString.Value ?? string.Empty, () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(s.Search(query), ApiJson.Options)),
                c.RequestAborted).ConfigureAwait(false);
            await ApiJson.WriteJsonBytesAsync(c, body).ConfigureAwait(false);
        }).Produces<SearchResults>().Produces<ApiError>(400).WithName("search");

        api.MapGet("/entities/{key}", async (HttpContext c, string key, CorpusAccess corpus) =>
        {
            if (!SafeIds.IsEntityKey(key))
            {
                await BadId(c, "entity").ConfigureAwait(false);
                return;
            }

            var profile = await corpus.ReadAsync(s => FindEntity(s, key), c.RequestAborted).ConfigureAwait(false);
            await (profile is null
                ? ApiJson.ErrorAsync(c, 404, "not-found", $"No entity named {key}.")
                : ApiJson.WriteAsync(c, profile)).ConfigureAwait(false);
        }).Produces<EntityProfile>().Produces<ApiError>(404).WithName("entity");

        api.MapGet("/stories", async (HttpContext c, CorpusAccess corpus) =>
        {
            var (query, error) = SearchParameters.Read(c.Request.Query, defaultLimit: 50);
            await (query is null
                ? ApiJson.ErrorAsync(c, 400, error!.Error, error.Message)
                : Read(c, corpus, s => s.Stories(query.From, query.To, query.Limit))).ConfigureAwait(false);
        }).Produces<IReadOnlyList<StorySummary>>().WithName("stories");

        api.MapGet("/stories/{id}", async (HttpContext c, string id, CorpusAccess corpus) =>
        {
            if (!SafeIds.IsArticleOrStoryId(id))
            {
                await BadId(c, "story").ConfigureAwait(false);
                return;
            }

            var story = await corpus.ReadAsync(s => s.Story(id), c.RequestAborted).ConfigureAwait(false);
            await (story is null ? ApiJson.ErrorAsync(c, 404, "not-found", $"No story {id}.") : ApiJson.WriteAsync(c, story)).ConfigureAwait(false);
        }).Produces<StoryDetail>().Produces<ApiError>(404).WithName("story");

        api.MapGet("/quotes", (HttpContext c, CorpusAccess corpus) =>
            Knowledge(c, corpus, (id, r, q) => KnowledgeItems.Quotes(id, r, q.Speaker)))
            .Produces<ItemPage<QuoteItem>>().WithName("quotes");
        api.MapGet("/claims", (HttpContext c, CorpusAccess corpus) =>
            Knowledge(c, corpus, (id, r, q) => KnowledgeItems.Claims(id, r, q.ClaimStatus)))
            .Produces<ItemPage<ClaimItem>>().WithName("claims");
        api.MapGet("/events", (HttpContext c, CorpusAccess corpus) =>
            Knowledge(c, corpus, (id, r, q) => KnowledgeItems.Events(id, r, q.EventType)))
            .Produces<ItemPage<EventItem>>().WithName("events");

        api.MapPost("/analyze", async (HttpContext c, AnalysisService analysis, ServerOptions options) =>
        {
            if (await ReadAndAnalyzeAsync(c, analysis, options).ConfigureAwait(false) is not (_, { } report))
            {
                return;
            }

            await ApiJson.WriteReportAsync(c, report).ConfigureAwait(false);
        // no .Accepts(...): it would make routing refuse other content types with a bare 404/415
        // instead of the JSON error RequestBody gives
        }).Produces<AnalysisReport>().Produces<ApiError>(400).Produces<ApiError>(413).Produces<ApiError>(422)
          .RequireRateLimiting(ServerSetup.AnalyzePolicy).WithName("analyze");

        api.MapPost("/articles", async (HttpContext c, AnalysisService analysis, IngestService ingest, ApiKeyCheck key, ServerOptions options) =>
        {
            if (!key.IsAuthorised(c.Request))
            {
                await ApiJson.ErrorAsync(c, key.Configured ? 401 : 403, key.Configured ? "unauthorized" : "writes-disabled",
                    key.Configured ? "This endpoint needs the API key (X-Api-Key header or Authorization: Bearer)." : "The server was started without an API key, so it accepts no writes.").ConfigureAwait(false);
                return;
            }

            if (await ReadAndAnalyzeAsync(c, analysis, options).ConfigureAwait(false) is not ({ } item, { } report))
            {
                return;
            }

            if (report.Diagnostics.FirstOrDefault(d => d.Severity == "error") is { } failure)
            {
                await ApiJson.ErrorAsync(c, 422, failure.Code, failure.Message).ConfigureAwait(false);
                return;
            }

            var stored = await ingest.StoreAsync(item, report, c.RequestAborted).ConfigureAwait(false);
            await ApiJson.WriteAsync(c, stored, stored.Ingested > 0 ? 201 : 200).ConfigureAwait(false);
        }).Produces<IngestResponse>(201).Produces<ApiError>(401).Produces<ApiError>(403)
          .RequireRateLimiting(ServerSetup.AnalyzePolicy).WithName("ingest");

        api.MapGet("/stream/articles", Feed.ArticleStream.RunAsync).WithName("articleStream");
    }

    /// <summary>An entity by name or alias; a key <c>type:name</c> is also tried by its name part.</summary>
    public static EntityProfile? FindEntity(ICorpusStore store, string key)
    {
        if (store.Entity(key) is { } profile)
        {
            return profile;
        }

        int colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < key.Length - 1 ? store.Entity(key[(colon + 1)..]) : null;
    }

    /// <summary>
    /// Reads an analyze request body, loads what it names (text, HTML or a URL) and analyses it; on a
    /// bad body or a refused source writes the JSON error and returns null.
    /// </summary>
    private static async Task<(SourceItem Item, AnalysisReport Report)?> ReadAndAnalyzeAsync(HttpContext c, AnalysisService analysis, ServerOptions options)
    {
        var read = await RequestBody.ReadAnalyzeRequestAsync(c, options.MaxRequestBytes).ConfigureAwait(false);
        if (read.Request is null)
        {
            await ApiJson.ErrorAsync(c, read.Status, read.Error!.Error, read.Error.Message).ConfigureAwait(false);
            return null;
        }

        var (item, refused) = await analysis.LoadAsync(read.Request, c.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            await ApiJson.ErrorAsync(c, 422, refused!.Error, refused.Message).ConfigureAwait(false);
            return null;
        }

        return (item, await analysis.AnalyzeAsync(item, read.Request.Published, c.RequestAborted).ConfigureAwait(false));
    }

    private static async Task Read<T>(HttpContext c, CorpusAccess corpus, Func<ICorpusStore, T> query)
    {
        var value = await corpus.ReadAsync(query, c.RequestAborted).ConfigureAwait(false);
        await ApiJson.WriteAsync(c, value).ConfigureAwait(false);
    }

    private static async Task Knowledge<T>(HttpContext c, CorpusAccess corpus, Func<string, AnalysisReport, SearchQuery, IEnumerable<T>> items)
    {
        var (query, error) = SearchParameters.Read(c.Request.Query, KnowledgeDefaultArticles);
        if (query is null)
        {
            await ApiJson.ErrorAsync(c, 400, error!.Error, error.Message).ConfigureAwait(false);
            return;
        }

        var page = await corpus.ReadAsync(s =>
        {
            var results = s.Search(query with { Facets = false });
            var list = new List<T>();
            foreach (var hit in results.Hits)
            {
                if (s.Report(hit.Id) is { } report)
                {
                    list.AddRange(items(hit.Id, report, query));
                }
            }

            return new ItemPage<T>(results.Total, query.Offset, query.Limit, list);
        }, c.RequestAborted).ConfigureAwait(false);
        await ApiJson.WriteAsync(c, page).ConfigureAwait(false);
    }

    private static Task BadId(HttpContext c, string what) =>
        ApiJson.ErrorAsync(c, 400, "invalid-id", $"That is not a valid {what} id (letters, digits, '-', '_', '.', ':' only; no '..', no slashes).");
}
