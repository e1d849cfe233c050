using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Store;
using Newsgraph.Server.Api;
using Newsgraph.Server.Security;
using Newsgraph.Server.Web.Pages;

namespace Newsgraph.Server.Web;

/// <summary>The server-rendered pages and their two static assets (CSS and the live-list script).</summary>
public static class WebEndpoints
{
    /// <summary>Hit reports read for the search page's map: the first page of hits only.</summary>
    private const int MapReports = 20;

    /// <summary>Story members whose reports are read for the story's map.</summary>
    private const int StoryMapReports = 50;

    private static readonly string[] SearchKeys = ["q", "entity", "site", "from", "to", "type", "speaker", "status", "offset"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/static/{name}", async (HttpContext c, string name) =>
        {
            string? type = name switch { "site.css" => "text/css; charset=utf-8", "live.js" => "text/javascript; charset=utf-8", _ => null };
            using var stream = type is null ? null : typeof(WebEndpoints).Assembly.GetManifestResourceStream("assets/" + name);
            if (stream is null)
            {
                await NotFoundAsync(c).ConfigureAwait(false);
                return;
            }

            c.Response.ContentType = type;
            c.Response.Headers.CacheControl = "public, max-age=3600";
            await stream.CopyToAsync(c.Response.Body, c.RequestAborted).ConfigureAwait(false);
        }).ExcludeFromDescription();

        app.MapGet("/", async (HttpContext c, CorpusAccess corpus) =>
        {
            var (query, error) = SearchParameters.Read(c.Request.Query);
            if (query is null)
            {
                await PageAsync(c, "Bad search", $"<h1>Bad search</h1><p>{Html.E(error!.Message)}</p>", 400).ConfigureAwait(false);
                return;
            }

            var parameters = SearchKeys.ToDictionary(k => k, k => SearchParameters.Value(c.Request.Query, k));
            var (results, reports) = await corpus.ReadAsync(s =>
            {
                var r = s.Search(query);
                var rs = r.Hits.Take(MapReports).Select(h => (h.Id, Report: s.Report(h.Id))).Where(x => x.Report is not null).Select(x => (x.Id, x.Report!)).ToList();
                return (r, rs);
            }, c.RequestAborted).ConfigureAwait(false);
            await PageAsync(c, query.Text ?? "Search", SearchPage.Render(query, results, reports, parameters), query: query.Text).ConfigureAwait(false);
        }).ExcludeFromDescription();

        app.MapGet("/articles/{id}", async (HttpContext c, string id, CorpusAccess corpus) =>
        {
            var report = SafeIds.IsArticleOrStoryId(id) ? await corpus.ReadAsync(s => s.Report(id), c.RequestAborted).ConfigureAwait(false) : null;
            await (report is null
                ? PageAsync(c, "Not found", "<h1>No such article</h1>", SafeIds.IsArticleOrStoryId(id) ? 404 : 400)
                : PageAsync(c, report.Article.Title ?? id, ArticlePage.Render(id, report))).ConfigureAwait(false);
        }).ExcludeFromDescription();

        app.MapGet("/entities/{key}", async (HttpContext c, string key, CorpusAccess corpus) =>
        {
            var profile = SafeIds.IsEntityKey(key) ? await corpus.ReadAsync(s => ApiEndpoints.FindEntity(s, key), c.RequestAborted).ConfigureAwait(false) : null;
            await (profile is null
                ? PageAsync(c, "Not found", "<h1>No such entity</h1>", SafeIds.IsEntityKey(key) ? 404 : 400)
                : PageAsync(c, profile.Name, EntityPage.Render(profile))).ConfigureAwait(false);
        }).ExcludeFromDescription();

        app.MapGet("/stories", async (HttpContext c, CorpusAccess corpus) =>
        {
            var stories = await corpus.ReadAsync(s => s.Stories(null, null, 200), c.RequestAborted).ConfigureAwait(false);
            await PageAsync(c, "Stories", StoryPage.List(stories)).ConfigureAwait(false);
        }).ExcludeFromDescription();

        app.MapGet("/stories/{id}", async (HttpContext c, string id, CorpusAccess corpus) =>
        {
            var found = SafeIds.IsArticleOrStoryId(id) ? await corpus.ReadAsync(s =>
            {
                if (s.Story(id) is not { } detail)
                {
                    return null;
                }

                List<(string, AnalysisReport)> reports = [.. detail.Members.Take(StoryMapReports)
                    .Select(m => (m.Article.Id, Report: s.Report(m.Article.Id))).Where(x => x.Report is not null).Select(x => (x.Id, x.Report!))];
                return (Detail: detail, Reports: reports) as (StoryDetail Detail, List<(string, AnalysisReport)> Reports)?;
            }, c.RequestAborted).ConfigureAwait(false) : null;
            await (found is not { } f
                ? PageAsync(c, "Not found", "<h1>No such story</h1>", SafeIds.IsArticleOrStoryId(id) ? 404 : 400)
                : PageAsync(c, f.Detail.Story.Title ?? id, StoryPage.Render(f.Detail, f.Reports))).ConfigureAwait(false);
        }).ExcludeFromDescription();
    }

    public static Task NotFoundAsync(HttpContext context) => PageAsync(context, "Not found", "<h1>Not found</h1>", 404);

    /// <summary>Writes a page with a content ETag (304 when the client has it).</summary>
    public static async Task PageAsync(HttpContext context, string title, string body, int status = 200, string? query = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Layout.Page(title, body, query));
        var response = context.Response;
        if (status == 200)
        {
            string tag = ApiJson.ETagOf(bytes);
            response.Headers.ETag = tag;
            response.Headers.CacheControl = "no-cache";
            if (ApiJson.Matches(context.Request.Headers.IfNoneMatch, tag))
            {
                response.StatusCode = 304;
                return;
            }
        }

        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }
}
