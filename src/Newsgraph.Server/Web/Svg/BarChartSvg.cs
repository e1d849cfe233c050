using System.Text;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Server.Web.Svg;

/// <summary>Counts per period (an entity's mentions per month) as a bar chart with labelled ends.</summary>
public static class BarChartSvg
{
    private const int Width = 640;
    private const int Height = 160;
    private const int Bottom = 20;

    /// <summary>Periods drawn: the most recent ones when there are more (ten years of months).</summary>
    private const int MaxBars = 120;

    public static string Render(IReadOnlyList<FacetCount> counts, string label)
    {
        var bars = counts.OrderBy(c => c.Value, StringComparer.Ordinal).TakeLast(MaxBars).ToList();
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\"><title>").AppendE(label).Append("</title>");
        if (bars.Count == 0)
        {
            return sb.Append("<text x=\"10\" y=\"20\" font-size=\"12\">no dated mentions</text></svg>").ToString();
        }

        long max = Math.Max(1, bars.Max(b => b.Count));
        double step = (double)Width / bars.Count;
        for (int i = 0; i < bars.Count; i++)
        {
            double h = (Height - Bottom - 14) * bars[i].Count / (double)max;
            sb.Append($"<rect x=\"{Html.Num(i * step + 1)}\" y=\"{Html.Num(Height - Bottom - h)}\" width=\"{Html.Num(Math.Max(1, step - 2))}\" height=\"{Html.Num(h)}\"><title>")
              .AppendE($"{bars[i].Value}: {bars[i].Count}").Append("</title></rect>");
        }

        sb.Append($"<text x=\"0\" y=\"{Height - 4}\" font-size=\"11\">").AppendE(bars[0].Value).Append("</text>");
        sb.Append($"<text x=\"{Width}\" y=\"{Height - 4}\" font-size=\"11\" text-anchor=\"end\">").AppendE(bars[^1].Value).Append("</text>");
        sb.Append($"<text x=\"0\" y=\"11\" font-size=\"11\">max {max}</text>");
        return sb.Append("</svg>").ToString();
    }
}
