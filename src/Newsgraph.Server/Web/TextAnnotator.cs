using System.Text;
using Newsgraph.Core.Report;

namespace Newsgraph.Server.Web;

/// <summary>
/// Renders an article's text as HTML with its layers marked: quotes (with their speaker), claims
/// (with a status badge linking to the claim below), time expressions (resolved value on hover) and
/// entity mentions (coloured by type, linked to the entity page). Spans may nest or overlap, so the
/// text is cut at every span boundary and each piece is wrapped in the spans covering it, always in
/// the same order (quote ⊃ claim ⊃ time ⊃ entity): overlapping spans then give valid markup.
/// </summary>
public static class TextAnnotator
{
    /// <summary>Spans drawn per kind. A hostile page can produce thousands (10,000 quote marks); past
    /// this the text is still shown, only the extra marks are dropped, so the page stays bounded.</summary>
    public const int MaxSpansPerKind = 5000;

    private enum Kind
    {
        Quote = 0,
        Claim = 1,
        Time = 2,
        Entity = 3,
    }

    private sealed record Mark(Kind Kind, int Start, int End, string Open, string Close, string After);

    public static string Render(AnalysisReport report)
    {
        string text = report.Article.Text;
        var marks = Marks(report, text.Length);
        var sb = new StringBuilder(text.Length * 2);
        var blocks = report.Article.Blocks.Count > 0 ? report.Article.Blocks : [new ReportBlock("paragraph", 0, text.Length)];
        foreach (var block in blocks)
        {
            int start = Math.Clamp(block.Start, 0, text.Length);
            int end = Math.Clamp(block.End, start, text.Length);
            string tag = block.Kind switch { "heading" => "h3", "blockquote" => "blockquote", _ => "p" };
            sb.Append('<').Append(tag).Append('>');
            RenderRange(sb, text, start, end, marks);
            sb.Append("</").Append(tag).Append(">\n");
        }

        return sb.ToString();
    }

    private static void RenderRange(StringBuilder sb, string text, int start, int end, List<Mark> marks)
    {
        var inside = marks.Where(m => m.Start < end && m.End > start).ToList();
        var cuts = new SortedSet<int> { start, end };
        foreach (var m in inside)
        {
            cuts.Add(Math.Max(m.Start, start));
            cuts.Add(Math.Min(m.End, end));
        }

        // sweep: marks sorted by start enter the active set as the cursor passes them
        inside.Sort((a, b) => a.Start.CompareTo(b.Start));
        var active = new List<Mark>();
        int next = 0;
        int? previous = null;
        foreach (int cut in cuts)
        {
            if (previous is { } from && cut > from)
            {
                while (next < inside.Count && inside[next].Start <= from)
                {
                    active.Add(inside[next++]);
                }

                active.RemoveAll(m => m.End <= from);
                var covering = active.OrderBy(m => m.Kind).ToList();
                foreach (var m in covering)
                {
                    sb.Append(m.Open);
                }

                sb.AppendE(text[from..cut]);
                for (int i = covering.Count - 1; i >= 0; i--)
                {
                    sb.Append(covering[i].Close);
                    if (covering[i].End == cut)
                    {
                        sb.Append(covering[i].After);
                    }
                }
            }

            previous = cut;
        }
    }

    private static List<Mark> Marks(AnalysisReport report, int length)
    {
        var names = Api.KnowledgeItems.Names(report);
        var marks = new List<Mark>();
        bool Valid(int s, int e) => s >= 0 && s < e && e <= length;

        foreach (var q in report.Quotes.Where(q => Valid(q.Start, q.End)).Take(MaxSpansPerKind))
        {
            string speaker = q.Speaker is { } id && names.TryGetValue(id, out var n) ? n : q.SpeakerText ?? "unattributed";
            string title = Html.E($"{q.Kind} quote — {speaker}");
            marks.Add(new Mark(Kind.Quote, q.Start, q.End, $"<span class=\"quote\" title=\"{title}\">", "</span>",
                $"<span class=\"speaker\">{Html.E(speaker)}</span>"));
        }

        foreach (var c in report.Claims.Where(c => Valid(c.Start, c.End)).Take(MaxSpansPerKind))
        {
            marks.Add(new Mark(Kind.Claim, c.Start, c.End, $"<span class=\"claim\" title=\"claim: {Html.E(c.Status)}\">", "</span>",
                $" <a class=\"{Html.StatusClass(c.Status)}\" href=\"#{Html.E(Anchor("claim", c.Id))}\">{Html.E(c.Status)}</a>"));
        }

        foreach (var t in report.Times.Where(t => Valid(t.Start, t.End)).Take(MaxSpansPerKind))
        {
            string resolved = t.Value ?? (t.Range is { } r ? $"{r.Start} – {r.End}" : "unresolved");
            string datetime = t.Value is { } v ? $" datetime=\"{Html.E(v)}\"" : string.Empty;
            marks.Add(new Mark(Kind.Time, t.Start, t.End, $"<time class=\"t\"{datetime} title=\"{Html.E($"{resolved} ({t.Certainty})")}\">", "</time>", string.Empty));
        }

        int entityMarks = 0;
        foreach (var e in report.Entities)
        {
            foreach (var m in e.Mentions.Where(m => Valid(m.Start, m.End)))
            {
                if (++entityMarks > MaxSpansPerKind)
                {
                    return marks;
                }

                marks.Add(new Mark(Kind.Entity, m.Start, m.End,
                    $"<a class=\"{Html.TypeClass(e.Type)}\" href=\"{Html.E(Html.EntityHref(e.Name))}\" title=\"{Html.E(e.Type + " · " + e.Name)}\">", "</a>", string.Empty));
            }
        }

        return marks;
    }

    /// <summary>An element id for a report-local id (ids are short ASCII; anything else is dropped).</summary>
    public static string Anchor(string prefix, string id) => prefix + "-" + new string(id.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
}
