using System.Text;

namespace Newsgraph.Server.Web.Svg;

/// <summary>A claim's source chain as a small left-to-right graph: the first-hand source, each
/// intermediary, then the outlet that published it, joined by arrows ("told", "reported").</summary>
public static class SourceChainSvg
{
    /// <summary>Nodes drawn; a longer chain is cut (real chains are 1–3 hops).</summary>
    private const int MaxNodes = 6;

    private const int NodeWidth = 150;
    private const int Gap = 36;
    private const int Height = 34;

    /// <summary>Labels are cut to fit a node box.</summary>
    private const int MaxLabel = 22;

    public static string Render(IReadOnlyList<string> chain)
    {
        var nodes = chain.Take(MaxNodes).ToList();
        int width = nodes.Count * NodeWidth + (nodes.Count - 1) * Gap + 2;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chain\" role=\"img\" aria-label=\"source chain\" viewBox=\"0 0 {width} {Height + 2}\" width=\"{width}\" height=\"{Height + 2}\">");
        for (int i = 0; i < nodes.Count; i++)
        {
            int x = 1 + i * (NodeWidth + Gap);
            string label = nodes[i].Length > MaxLabel ? nodes[i][..(MaxLabel - 1)] + "…" : nodes[i];
            bool outlet = i == nodes.Count - 1;
            sb.Append($"<rect x=\"{x}\" y=\"1\" width=\"{NodeWidth}\" height=\"{Height}\" rx=\"6\" fill=\"{(outlet ? "#1d2330" : "#e3effd")}\" stroke=\"#3b82f6\"/>");
            sb.Append($"<text x=\"{x + NodeWidth / 2}\" y=\"{Height / 2 + 6}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{(outlet ? "#fff" : "#1d2330")}\"><title>").AppendE(nodes[i]).Append("</title>").AppendE(label).Append("</text>");
            if (!outlet)
            {
                int ax = x + NodeWidth;
                sb.Append($"<line x1=\"{ax + 2}\" y1=\"{Height / 2 + 1}\" x2=\"{ax + Gap - 6}\" y2=\"{Height / 2 + 1}\" stroke=\"#555\" stroke-width=\"1.5\"/>");
                sb.Append($"<polygon points=\"{ax + Gap - 2},{Height / 2 + 1} {ax + Gap - 9},{Height / 2 - 3} {ax + Gap - 9},{Height / 2 + 5}\" fill=\"#555\"/>");
            }
        }

        return sb.Append("</svg>").ToString();
    }
}
