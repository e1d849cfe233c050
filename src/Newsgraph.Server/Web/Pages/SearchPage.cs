using System.Text;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Store;
using Newsgraph.Server.Web.Svg;

namespace Newsgraph.Server.Web.Pages;

/// <summary>The home and search page: query, filters as facet links, hits with snippets, paging,
/// a map of the places in the hits, and the live list of newly ingested articles.</summary>
public static class SearchPage
{
    public static string Render(SearchQuery query, SearchResults results, IReadOnlyList<(string Id, AnalysisReport Report)> reports, IReadOnlyDictionary<string, string?> parameters)
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"cols\"><aside class=\"facets\">");
        Facet(sb, "Sites", "site", results.Facets.Sites, parameters);
        Facet(sb, "Entities", "entity", results.Facets.Entities, parameters);
        Facet(sb, "Event types", "type", results.Facets.EventTypes, parameters);
        var active = parameters.Where(p => p.Value is not null && p.Key is not ("q" or "offset")).ToList();
        if (active.Count > 0)
        {
            sb.Append("<h3>Filters</h3><ul>");
            foreach (var (key, value) in active)
            {
                sb.Append("<li>").AppendE($"{key}: {value}").Append(" <a href=\"").AppendE(Href(parameters, key, null)).Append("\">✕</a></li>");
            }

            sb.Append("</ul>");
        }

        sb.Append("<h3>Just ingested</h3><ul id=\"live\"></ul><script src=\"/static/live.js\"></script>");
        sb.Append("</aside><section>");
        sb.Append("<p class=\"meta\" id=\"total\">").Append(results.Total == 1 ? "1 article" : Html.Num(results.Total) + " articles").Append("</p>");
        foreach (var hit in results.Hits)
        {
            sb.Append("<article class=\"hit\"><h2><a href=\"").AppendE(Html.ArticleHref(hit.Id)).Append("\">").AppendE(hit.Title ?? "(untitled)").Append("</a></h2>");
            sb.Append("<div class=\"meta\">").AppendE(string.Join(" · ", new[] { hit.Site, hit.Published }.Where(s => !string.IsNullOrEmpty(s))));
            if (hit.StoryId is { } story)
            {
                sb.Append(" · <a href=\"").AppendE(Html.StoryHref(story)).Append("\">story</a>");
            }

            sb.Append("</div><p class=\"snippet\">").AppendE(hit.Snippet).Append("</p></article>");
        }

        Pager(sb, query, results, parameters);
        var places = Places(reports);
        if (places.Count > 0)
        {
            sb.Append("<h2>Places in these articles</h2>").Append(WorldMapSvg.Render(places));
        }

        sb.Append("</section></div>");
        return sb.ToString();
    }

    /// <summary>Places with coordinates named in the reports (the places stage fills geo; without
    /// it the map is simply not drawn).</summary>
    public static List<WorldMapSvg.Place> Places(IEnumerable<(string Id, AnalysisReport Report)> reports) =>
        [.. reports.SelectMany(r => r.Report.Entities)
            .Where(e => e.Geo is not null)
            .GroupBy(e => e.Key ?? e.Name)
            .Select(g => g.First())
            .Select(e => new WorldMapSvg.Place(e.Name, e.Geo!.Lat, e.Geo.Lon, Html.EntityHref(e.Name)))];

    private static void Facet(StringBuilder sb, string title, string key, IReadOnlyList<FacetCount> counts, IReadOnlyDictionary<string, string?> parameters)
    {
        if (counts.Count == 0)
        {
            return;
        }

        sb.Append("<h3>").AppendE(title).Append("</h3><ul>");
        foreach (var c in counts)
        {
            sb.Append("<li><a href=\"").AppendE(Href(parameters, key, c.Value)).Append("\">").AppendE(c.Value).Append("</a> ").Append(Html.Num(c.Count)).Append("</li>");
        }

        sb.Append("</ul>");
    }

    private static void Pager(StringBuilder sb, SearchQuery query, SearchResults results, IReadOnlyDictionary<string, string?> parameters)
    {
        sb.Append("<p class=\"pager\">");
        if (query.Offset > 0)
        {
            sb.Append("<a href=\"").AppendE(Href(parameters, "offset", Math.Max(0, query.Offset - query.Limit).ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("\">← newer</a>");
        }

        if (query.Offset + results.Hits.Count < results.Total && query.Offset + query.Limit <= Api.SearchParameters.MaxOffset)
        {
            sb.Append("<a href=\"").AppendE(Href(parameters, "offset", (query.Offset + query.Limit).ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("\">more →</a>");
        }

        sb.Append("</p>");
    }

    /// <summary>This page's URL with one parameter set (or removed); a new filter resets paging.</summary>
    public static string Href(IReadOnlyDictionary<string, string?> parameters, string key, string? value)
    {
        var copy = parameters.ToDictionary(p => p.Key, p => p.Value);
        copy[key] = value;
        if (key != "offset")
        {
            copy["offset"] = null;
        }

        var parts = copy.Where(p => p.Value is not null).Select(p => Html.U(p.Key) + "=" + Html.U(p.Value));
        return "/?" + string.Join("&", parts);
    }
}
