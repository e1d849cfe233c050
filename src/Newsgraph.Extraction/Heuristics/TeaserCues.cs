namespace Newsgraph.Extraction.Heuristics;

/// <summary>
/// Openings of short blocks that point away from the article (teasers, prompts, ad labels). A
/// short block starting with one of these is chrome that slipped past class-based cleaning.
/// </summary>
internal static class TeaserCues
{
    public static readonly string[] Prefixes =
    [
        "read more", "read also", "also read", "read next", "related:", "related articles", "related stories",
        "related coverage", "see also", "more:", "advertisement", "sponsored", "sign up", "subscribe to",
        "click here to subscribe", "follow us", "share this", "share on", "you may also like", "you might also like",
        "recommended", "continue reading", "scroll to continue", "exit mobile version", "skip to content",
    ];

    public static bool IsTeaser(string blockText)
    {
        if (blockText.Length > BodyThresholds.MaxTeaserChars)
        {
            return false;
        }

        foreach (string cue in Prefixes)
        {
            if (blockText.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
