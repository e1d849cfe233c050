using System.Text;
using Newsgraph.Corpus.Store;
using Newsgraph.Server.Web.Svg;

namespace Newsgraph.Server.Web.Pages;

/// <summary>An entity: type, aliases, roles, mentions over time, quotes and events as actor.</summary>
public static class EntityPage
{
    public static string Render(EntityProfile p)
    {
        var sb = new StringBuilder();
        sb.Append("<h1><span class=\"").Append(Html.TypeClass(p.Type)).Append("\">").AppendE(p.Name).Append("</span></h1>");
        sb.Append("<p class=\"meta\">").AppendE($"{p.Type} · {p.Articles} articles");
        if (p.Aliases.Count > 0)
        {
            sb.Append(" · also ").AppendE(string.Join(", ", p.Aliases));
        }

        if (p.Roles.Count > 0)
        {
            sb.Append(" · ").AppendE(string.Join(", ", p.Roles));
        }

        sb.Append(" · <a href=\"/?entity=").AppendE(Html.U(p.Name)).Append("\">articles</a>");
        sb.Append(" · <a href=\"/api/entities/").AppendE(Html.U(p.Name)).Append("\">JSON</a></p>");
        sb.Append("<h2>Mentions over time</h2><div id=\"timeline\">").Append(BarChartSvg.Render(p.MentionsByMonth, "articles mentioning " + p.Name + " per month")).Append("</div>");
        if (p.Quotes.Count > 0)
        {
            sb.Append("<h2>Quotes</h2><ul class=\"quotes\">");
            foreach (var q in p.Quotes)
            {
                sb.Append("<li><span class=\"quote\">").AppendE(q.Text).Append("</span> <a class=\"meta\" href=\"").AppendE(Html.ArticleHref(q.ArticleId)).Append("\">").AppendE(q.Published ?? q.ArticleId).Append("</a></li>");
            }

            sb.Append("</ul>");
        }

        if (p.Events.Count > 0)
        {
            sb.Append("<h2>Events as actor</h2><table><tr><th>date</th><th>type</th><th>role</th><th>sentence</th></tr>");
            foreach (var e in p.Events)
            {
                sb.Append("<tr><td><a href=\"").AppendE(Html.ArticleHref(e.ArticleId)).Append("\">").AppendE(e.Published ?? e.ArticleId).Append("</a></td><td>")
                  .AppendE(e.Type).Append("</td><td>").AppendE(e.Role).Append("</td><td>").AppendE(e.Sentence).Append("</td></tr>");
            }

            sb.Append("</table>");
        }

        return sb.ToString();
    }
}
