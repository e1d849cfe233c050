using System.Text;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Store;
using Newsgraph.Server.Web.Svg;

namespace Newsgraph.Server.Web.Pages;

/// <summary>A story: its articles across outlets on a timeline, independent sources, the events and
/// claims of its articles by date, and a map of the places its articles name.</summary>
public static class StoryPage
{
    public static string Render(StoryDetail detail, IReadOnlyList<(string Id, AnalysisReport Report)> reports)
    {
        var s = detail.Story;
        var sb = new StringBuilder();
        sb.Append("<h1>").AppendE(s.Title ?? s.Id).Append("</h1><p class=\"meta\">")
          .AppendE($"{s.Articles} articles · {s.IndependentSources} independent sources · {s.FirstPublished} – {s.LastPublished}")
          .Append(" · <a href=\"/api/stories/").AppendE(Html.U(s.Id)).Append("\">JSON</a></p>");
        var points = detail.Members
            .Select(m => (m.Article, When: TimelineSvg.ParseDate(m.Article.Published)))
            .Where(x => x.When is not null)
            .Select(x => new TimelineSvg.Point(x.Article.Site ?? "unknown outlet", x.When!.Value, $"{x.Article.Site}: {x.Article.Title}", Html.ArticleHref(x.Article.Id)))
            .ToList();
        sb.Append("<h2>Timeline across outlets</h2>").Append(TimelineSvg.Render(points));
        sb.Append("<h2>Articles</h2><table><tr><th>published</th><th>outlet</th><th>title</th><th>copies</th></tr>");
        foreach (var m in detail.Members)
        {
            sb.Append("<tr><td>").AppendE(m.Article.Published).Append("</td><td>").AppendE(m.Article.Site).Append("</td><td><a href=\"")
              .AppendE(Html.ArticleHref(m.Article.Id)).Append("\">").AppendE(m.Article.Title ?? m.Article.Id).Append("</a></td><td>").Append(m.CopyIds.Count).Append("</td></tr>");
        }

        sb.Append("</table>");
        if (detail.Timeline.Count > 0)
        {
            sb.Append("<h2>Events and claims</h2><ul>");
            foreach (var t in detail.Timeline)
            {
                sb.Append("<li><span class=\"meta\">").AppendE(t.Published).Append("</span> <b>").AppendE(t.Kind).Append(" ").AppendE(t.Label).Append("</b> ")
                  .AppendE(t.Text).Append(" <a href=\"").AppendE(Html.ArticleHref(t.ArticleId)).Append("\">article</a></li>");
            }

            sb.Append("</ul>");
        }

        var places = SearchPage.Places(reports);
        if (places.Count > 0)
        {
            sb.Append("<h2>Places</h2>").Append(WorldMapSvg.Render(places));
        }

        return sb.ToString();
    }

    public static string List(IReadOnlyList<StorySummary> stories)
    {
        var sb = new StringBuilder("<h1>Stories</h1><table><tr><th>story</th><th>articles</th><th>independent sources</th><th>first</th><th>last</th></tr>");
        foreach (var s in stories)
        {
            sb.Append("<tr><td><a href=\"").AppendE(Html.StoryHref(s.Id)).Append("\">").AppendE(s.Title ?? s.Id).Append("</a></td><td>").Append(s.Articles)
              .Append("</td><td>").Append(s.IndependentSources).Append("</td><td>").AppendE(s.FirstPublished).Append("</td><td>").AppendE(s.LastPublished).Append("</td></tr>");
        }

        return sb.Append("</table>").ToString();
    }
}
