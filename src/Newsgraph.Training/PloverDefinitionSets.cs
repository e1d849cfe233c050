using System.Net;
using System.Text.RegularExpressions;
using Newsgraph.Events;

namespace Newsgraph.Training;

/// <summary>One labelled sentence or definition phrase and where it came from.</summary>
internal sealed record LabelledSentence(string Text, int Type, string Source);

/// <summary>
/// Labelled event phrases written by the PLOVER and NGEC authors rather than generated: the list
/// items of the PLOVER reference (<c>plover_reference.html</c>: "Refuse to meet, discuss, or
/// negotiate" under REJECT) and the mode definitions of the NGEC structured codebook ("Invite a
/// delegation to visit" under AGREE). They are definitions, not news sentences, but each names
/// the event the way a coder reads it, from a source the classifier never trains on. The PLOVER
/// manual itself has only a handful of example sentences (hostage rescues, debt forgiveness), too
/// few to score.
/// </summary>
internal static partial class PloverDefinitionSets
{
    /// <summary>
    /// Why: the reference page predates the 2021 manual; its older categories map onto the 16
    /// types as the manual's change log says (DEMAND and the dropped APPEAL became REQUEST;
    /// DISAPPROVE and INVESTIGATE became ACCUSE modes). CRIME has no PLOVER type and is skipped.
    /// </summary>
    private static readonly Dictionary<string, string> OlderCategories = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
    };

    public static List<LabelledSentence> Load(string shared)
    {
        var sets = PloverReference(Path.Combine(shared, "data", "events_plover", "plover_reference.html"));
        sets.AddRange(CodebookModes(Path.Combine(shared, "data", "events_ngec_synthetic", "PLOVER_structured_codebook_updated.csv")));
        return sets;
    }

    /// <summary>List items per category section; items after a section's "Exceptions" heading name other types and are skipped.</summary>
    public static List<LabelledSentence> PloverReference(string htmlPath)
    {
        var found = new List<LabelledSentence>();
        string html = File.ReadAllText(htmlPath);
        var headings = Heading().Matches(html);
        for (int h = 0; h < headings.Count; h++)
        {
            string category = headings[h].Groups[1].Value;
            int type = TypeOf(category);
            if (type < 0)
            {
                continue;
            }

            int start = headings[h].Index + headings[h].Length;
            int end = h + 1 < headings.Count ? headings[h + 1].Index : html.Length;
            string section = html[start..end];
            int exceptions = section.IndexOf("Exceptions", StringComparison.Ordinal);
            if (exceptions >= 0)
            {
                section = section[..exceptions];
            }

            foreach (Match item in ListItem().Matches(section))
            {
                string text = Clean(item.Groups[1].Value);
                if (text.Length > 3)
                {
                    found.Add(new(text, type, "plover-reference"));
                }
            }
        }

        return found;
    }

    /// <summary>The codebook's mode definitions (one per row; the event definitions repeat per row and are taken once per type).</summary>
    public static List<LabelledSentence> CodebookModes(string csvPath)
    {
        using var reader = new StreamReader(csvPath);
        var rows = CsvReader.ReadAll(reader);
        var header = rows[0];
        int eventColumn = Array.IndexOf(header, "event"), modeDefinition = Array.IndexOf(header, "mode_def");
        var found = new List<LabelledSentence>();
        foreach (var row in rows.Skip(1).Where(r => r.Length == header.Length))
        {
            int type = TypeOf(row[eventColumn].Trim());
            string text = Clean(row[modeDefinition]);
            if (type >= 0 && text.Length > 3)
            {
                found.Add(new(text, type, "ngec-codebook"));
            }
        }

        return [.. found.DistinctBy(s => s.Text)];
    }

    private static int TypeOf(string category) =>
        PloverTypes.IndexOf(OlderCategories.TryGetValue(category, out var type) ? type : category);

    private static string Clean(string fragment)
    {
        string text = WebUtility.HtmlDecode(Tag().Replace(fragment, " "));
        return Space().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<h2 id=\"([A-Z]+)\">")]
    private static partial Regex Heading();

    [GeneratedRegex("<li>(.*?)(?=<li>|</ul>)", RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
