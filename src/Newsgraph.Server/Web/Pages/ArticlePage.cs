using System.Text;
using Newsgraph.Core.Report;
using Newsgraph.Server.Web.Svg;

namespace Newsgraph.Server.Web.Pages;

/// <summary>An article with its text annotated, then its claims (status and source chain), quotes
/// by speaker, events and a map of the places it names.</summary>
public static class ArticlePage
{
    public static string Render(string id, AnalysisReport report)
    {
        var a = report.Article;
        var names = Api.KnowledgeItems.Names(report);
        var sb = new StringBuilder(a.Text.Length * 3);
        sb.Append("<article class=\"article\"><h1>").AppendE(a.Title ?? "(untitled)").Append("</h1><p class=\"meta\">");
        sb.AppendE(string.Join(" · ", new[] { a.Site, a.Published, string.Join(", ", a.Authors.Select(x => x.Name)) }.Where(s => !string.IsNullOrEmpty(s))));
        if (a.CanonicalUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
        {
            sb.Append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").AppendE(u.AbsoluteUri).Append("\">original</a>");
        }

        sb.Append(" · <a href=\"/api/articles/").AppendE(Html.U(id)).Append("\">JSON</a></p>");
        sb.Append("<p class=\"legend meta\"><span class=\"ent ent-person\">person</span><span class=\"ent ent-org\">organisation</span><span class=\"ent ent-gpe\">place</span><span class=\"quote\">quote</span><span class=\"claim\">claim</span><time class=\"t\">time</time></p>");
        sb.Append("<div class=\"text\">").Append(TextAnnotator.Render(report)).Append("</div></article>");

        if (report.Claims.Count > 0)
        {
            sb.Append("<h2>Claims</h2><ol class=\"claims\">");
            foreach (var c in report.Claims.Take(TextAnnotator.MaxSpansPerKind))
            {
                sb.Append("<li id=\"").AppendE(TextAnnotator.Anchor("claim", c.Id)).Append("\"><span class=\"").Append(Html.StatusClass(c.Status)).Append("\">").AppendE(c.Status).Append("</span> ");
                if (c.Hedged)
                {
                    sb.Append("<span class=\"badge\">hedged</span> ");
                }

                sb.AppendE(c.Text).Append("<br>");
                var chain = c.Sources.Select(s => s.Entity is { } e && names.TryGetValue(e, out var n) ? n : s.Text).ToList();
                chain.Add(a.Site ?? "this article");
                sb.Append(SourceChainSvg.Render(chain)).Append("</li>");
            }

            sb.Append("</ol>");
        }

        if (report.Quotes.Count > 0)
        {
            sb.Append("<h2>Who said what</h2><table><tr><th>speaker</th><th>quote</th></tr>");
            foreach (var q in report.Quotes.Take(TextAnnotator.MaxSpansPerKind))
            {
                string? name = q.Speaker is { } s && names.TryGetValue(s, out var n) ? n : null;
                sb.Append("<tr><td>");
                if (name is not null)
                {
                    sb.Append("<a href=\"").AppendE(Html.EntityHref(name)).Append("\">").AppendE(name).Append("</a>");
                }
                else
                {
                    sb.AppendE(q.SpeakerText ?? "unattributed");
                }

                sb.Append("</td><td>").AppendE(q.Text).Append("</td></tr>");
            }

            sb.Append("</table>");
        }

        if (report.Events.Count > 0)
        {
            sb.Append("<h2>Events</h2><ul>");
            foreach (var e in Api.KnowledgeItems.Events(id, report, null).Take(TextAnnotator.MaxSpansPerKind))
            {
                sb.Append("<li><b>").AppendE(e.Type).Append("</b> ").AppendE(string.Join(", ", e.Source)).Append(" → ").AppendE(string.Join(", ", e.Target))
                  .Append(" <span class=\"meta\">(").AppendE(e.Modality).Append(")</span><br><span class=\"meta\">").AppendE(e.Sentence).Append("</span></li>");
            }

            sb.Append("</ul>");
        }

        var places = SearchPage.Places([(id, report)]);
        if (places.Count > 0)
        {
            sb.Append("<h2>Places</h2>").Append(WorldMapSvg.Render(places));
        }

        return sb.ToString();
    }
}
