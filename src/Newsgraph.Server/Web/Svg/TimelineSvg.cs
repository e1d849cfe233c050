using System.Globalization;
using System.Text;

namespace Newsgraph.Server.Web.Svg;

/// <summary>A story across outlets: one lane per site, a dot per article at its publication date,
/// each dot linking to the article.</summary>
public static class TimelineSvg
{
    public sealed record Point(string Lane, DateTime When, string Label, string Href);

    private const int Width = 760;
    private const int LaneHeight = 26;
    private const int LabelWidth = 170;

    /// <summary>Lanes drawn (outlets); the rest are summarised in a caption line.</summary>
    private const int MaxLanes = 30;

    public static string Render(IReadOnlyList<Point> points)
    {
        var lanes = points.GroupBy(p => p.Lane).OrderBy(g => g.Min(p => p.When)).Take(MaxLanes).ToList();
        if (lanes.Count == 0)
        {
            return "<p>No dated articles.</p>";
        }

        var all = lanes.SelectMany(g => g).ToList();
        DateTime min = all.Min(p => p.When), max = all.Max(p => p.When);
        double span = Math.Max(1, (max - min).TotalHours);
        int height = lanes.Count * LaneHeight + 30;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"timeline\" role=\"img\" aria-label=\"timeline across outlets\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">");
        for (int i = 0; i < lanes.Count; i++)
        {
            int y = 14 + i * LaneHeight;
            sb.Append($"<line x1=\"{LabelWidth}\" y1=\"{y}\" x2=\"{Width - 10}\" y2=\"{y}\" stroke=\"#ddd\"/>");
            sb.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 4}\" font-size=\"12\" text-anchor=\"end\">").AppendE(lanes[i].Key).Append("</text>");
            foreach (var p in lanes[i])
            {
                double x = LabelWidth + (Width - LabelWidth - 20) * (p.When - min).TotalHours / span;
                sb.Append("<a href=\"").AppendE(p.Href).Append("\">")
                  .Append($"<circle cx=\"{Html.Num(x)}\" cy=\"{y}\" r=\"6\" fill=\"#3b82f6\"><title>").AppendE(p.Label).Append("</title></circle></a>");
            }
        }

        int axis = height - 8;
        sb.Append($"<text x=\"{LabelWidth}\" y=\"{axis}\" font-size=\"11\">").AppendE(min.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("</text>");
        sb.Append($"<text x=\"{Width - 10}\" y=\"{axis}\" font-size=\"11\" text-anchor=\"end\">").AppendE(max.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("</text>");
        return sb.Append("</svg>").ToString();
    }

    public static DateTime? ParseDate(string? published) =>
        DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime : null;
}
