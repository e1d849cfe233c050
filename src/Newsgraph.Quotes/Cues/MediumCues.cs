using System.Text.RegularExpressions;

namespace Newsgraph.Quotes.Cues;

/// <summary>
/// How a statement reached the reporter, as the text states it: "in a statement", "in an
/// interview", "posted to X", "on Twitter", "told reporters". Searched in the clause around the
/// reporting verb; the report gives the phrase as written.
/// </summary>
internal static partial class MediumCues
{
    // Why this shape: the medium is a prepositional phrase headed by a message noun, optionally
    // qualified ("in his opening statement", "in a three-hour recorded interview"), or a posting verb
    // with its platform, or the audience phrase "told reporters".
    [GeneratedRegex(
        @"\b(?:(?:in|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|tweet|e-?mail|interview|speech|letter|post|press release|release|news conference|press conference|briefing|video|op-ed|column|testimony|memo|blog post|podcast|broadcast|message|filing|remarks|address)s?|in remarks|posted\s+(?:to|on)\s+(?:X|Twitter|Facebook|Instagram|Telegram|Truth Social|social media|LinkedIn|Threads|YouTube|TikTok)|on\s+(?:X|Twitter|Facebook|Instagram|Telegram|Truth Social|social media|television|TV|radio)|told\s+(?:reporters|journalists|the press))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The first medium phrase in text[start..end), as written, with its offset; null when none.</summary>
    public static (string Text, int Start)? Find(string text, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var match = Pattern().Match(text, start, end - start);
        return match.Success ? (match.Value, match.Index) : null;
    }
}
