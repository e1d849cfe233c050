using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Newsgraph.Benchmarks.Scoring;

/// <summary>One MEANTIME TIMEX3: its character span in the rebuilt text, type and normalised value.</summary>
internal sealed record MeantimeTimex(int Start, int End, string Text, string Type, string Value, bool IsCreationTime);

/// <summary>One MEANTIME document rebuilt as plain text (sentences as paragraphs), with its creation time and TIMEX3s.</summary>
/// <param name="AnnotatedEnd">Where the annotated part of the text ends: MEANTIME marks time expressions only in the title, the dateline and the first four sentences.</param>
internal sealed record MeantimeDocument(string Name, string Text, string? CreationTime, IReadOnlyList<MeantimeTimex> Timexes, int AnnotatedEnd);

/// <summary>
/// Reads the MEANTIME English CAT XML files (../shared/data/temporal_meantime). The corpus gives
/// tokens, not text: they are joined with spaces, without a space before closing punctuation and
/// clitics, and `` '' become straight double quotes; each sentence becomes its own paragraph.
/// </summary>
internal static class MeantimeCorpus
{
    /// <summary>The last sentence (0 = title, 1 = dateline) in which MEANTIME annotates TIMEX3s; later ones have none.</summary>
    public const int LastAnnotatedSentence = 5;

    public static IReadOnlyList<MeantimeDocument> Load(string root) =>
        [.. Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(LoadOne)];

    private static MeantimeDocument LoadOne(string path)
    {
        var xml = XDocument.Load(path);
        var text = new StringBuilder();
        var spans = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        string? sentence = null;
        bool noSpaceNext = true;
        int annotatedEnd = -1;
        foreach (var token in xml.Descendants("token"))
        {
            string word = token.Value switch { "``" or "''" => "\"", var w => w };
            string s = token.Attribute("sentence")?.Value ?? "";
            if (sentence is not null && s != sentence)
            {
                if (int.Parse(sentence, CultureInfo.InvariantCulture) == LastAnnotatedSentence)
                {
                    annotatedEnd = text.Length;
                }

                text.Append("\n\n");
                noSpaceNext = true;
            }

            sentence = s;
            bool attach = word is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "n't" or "'" or "'re" or "'ve" or "'ll" or "'d" or "'m";
            if (!noSpaceNext && !attach && text.Length > 0)
            {
                text.Append(' ');
            }

            int start = text.Length;
            text.Append(word);
            spans[token.Attribute("t_id")!.Value] = (start, text.Length);
            noSpaceNext = word is "(" or "$";
        }

        string body = text.ToString();
        var timexes = new List<MeantimeTimex>();
        string? creation = null;
        foreach (var timex in xml.Descendants("TIMEX3"))
        {
            string value = DayFirstToIso(timex.Attribute("value")?.Value ?? "");
            bool isCreation = timex.Attribute("functionInDocument")?.Value == "CREATION_TIME";
            if (isCreation)
            {
                creation ??= value;
            }

            var anchors = timex.Elements("token_anchor").Select(a => a.Attribute("t_id")?.Value).Where(id => id is not null && spans.ContainsKey(id)).ToList();
            if (anchors.Count == 0)
            {
                continue;
            }

            int start = anchors.Min(id => spans[id!].Start);
            int end = anchors.Max(id => spans[id!].End);
            timexes.Add(new MeantimeTimex(start, end, body[start..end], timex.Attribute("type")?.Value ?? "", value, isCreation));
        }

        return new MeantimeDocument(Path.GetFileNameWithoutExtension(path), body, creation, timexes, annotatedEnd < 0 ? body.Length : annotatedEnd);
    }

    /// <summary>
    /// A value our conventions can give: a date, week, month, quarter, season, year, decade or
    /// date-time. References without a fixed value (PAST_REF, XXXX-XX-XX), durations and sets are
    /// left out of the score, as the time stage leaves them out of its output.
    /// </summary>
    public static bool IsScored(MeantimeTimex t) =>
        t.Type is "DATE" or "TIME" && t.Value.Length >= 3 && char.IsAsciiDigit(t.Value[0]) && !t.Value.Contains('X', StringComparison.Ordinal)
        && !t.Value.StartsWith("FY", StringComparison.Ordinal);

    /// <summary>
    /// Gold values in our conventions: a part of the day maps to its date ("2010-07-16TMO" →
    /// "2010-07-16"), as the knowledge dev set wants ("Monday night" is the date).
    /// </summary>
    public static string Normalise(string value)
    {
        foreach (var part in (ReadOnlySpan<string>)["TMO", "TAF", "TEV", "TNI", "TDT"])
        {
            if (value.EndsWith(part, StringComparison.Ordinal))
            {
                return value[..^part.Length];
            }
        }

        return value;
    }

    /// <summary>One document writes its creation time day first ("03-02-2009"); read it as the ISO date it means.</summary>
    private static string DayFirstToIso(string value) =>
        value.Length == 10 && value[2] == '-' && value[5] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[9])
            ? $"{value[6..]}-{value[3..5]}-{value[..2]}"
            : value;

    public static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("F3", CultureInfo.InvariantCulture);
}
