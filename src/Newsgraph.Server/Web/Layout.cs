using System.Text;

namespace Newsgraph.Server.Web;

/// <summary>The frame of every page: head, navigation with the search box, footer.</summary>
public static class Layout
{
    public static string Page(string title, string body, string? query = null)
    {
        var sb = new StringBuilder(body.Length + 1024);
        sb.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>").AppendE(title).Append(" · Newsgraph</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>");
        sb.Append("<header><a class=\"brand\" href=\"/\">Newsgraph</a><form action=\"/\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" aria-label=\"Search\" placeholder=\"Search the corpus\" value=\"")
          .AppendE(query).Append("\"><button type=\"submit\">Search</button></form><nav><a href=\"/stories\">Stories</a> <a href=\"/openapi/v1.json\">API</a></nav></header>");
        sb.Append("<main>").Append(body).Append("</main>");
        sb.Append("<footer>Newsgraph · map cells from GeoNames (CC BY 4.0)</footer></body></html>");
        return sb.ToString();
    }
}
