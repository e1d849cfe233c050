using Newsgraph.Core.Report;

namespace Newsgraph.Server.Api;

/// <summary>Quotes, claims and events of one stored report, as API items carrying their article.</summary>
public static class KnowledgeItems
{
    public static IEnumerable<QuoteItem> Quotes(string articleId, AnalysisReport report, string? speaker)
    {
        var names = Names(report);
        foreach (var q in report.Quotes)
        {
            string? name = q.Speaker is { } s && names.TryGetValue(s, out var n) ? n : null;
            if (speaker is null || Same(speaker, name) || Same(speaker, q.SpeakerText))
            {
                yield return new QuoteItem(articleId, report.Article.Published, report.Article.Title, q.Id, q.Kind, q.Text, q.Speaker, name ?? q.SpeakerText, q.Cue);
            }
        }
    }

    public static IEnumerable<ClaimItem> Claims(string articleId, AnalysisReport report, string? status)
    {
        var names = Names(report);
        foreach (var c in report.Claims)
        {
            if (status is null || Same(status, c.Status))
            {
                yield return new ClaimItem(articleId, report.Article.Published, report.Article.Title, c.Id, c.Text, c.Status, c.Hedged,
                    [.. c.Sources.Select(s => new ClaimSourceItem(s.Entity, s.Entity is { } e && names.TryGetValue(e, out var n) ? n : null, s.Text, s.Kind))]);
            }
        }
    }

    public static IEnumerable<EventItem> Events(string articleId, AnalysisReport report, string? type)
    {
        var names = Names(report);
        string text = report.Article.Text;
        foreach (var e in report.Events)
        {
            if (type is null || Same(type, e.Type))
            {
                yield return new EventItem(articleId, report.Article.Published, report.Article.Title, e.Id, e.Type, e.Mode, e.Modality,
                    [.. e.Source.Select(id => names.GetValueOrDefault(id, id))], [.. e.Target.Select(id => names.GetValueOrDefault(id, id))],
                    Slice(text, e.Sentence.Start, e.Sentence.End));
            }
        }
    }

    public static Dictionary<string, string> Names(AnalysisReport report)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in report.Entities)
        {
            names.TryAdd(e.Id, e.Name);
        }

        return names;
    }

    public static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    private static bool Same(string a, string? b) => b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
