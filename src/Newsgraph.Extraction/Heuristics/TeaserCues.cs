namespace Newsgraph.Extraction.Heuristics;

/// <summary>
/// Short blocks that point away from the article (teasers, prompts, ad labels) and slipped past
/// class-based cleaning: whole-block labels and openings of a short block.
/// </summary>
internal static class TeaserCues
{
    /// <summary>Labels that are a whole block on their own (compared without case and end punctuation).</summary>
    public static readonly string[] Labels =
    [
        "advert", "advertisement", "sponsored", "sponsored content", "comments", "share", "share this",
        "share this article", "don't miss", "don’t miss", "related", "related articles", "related stories",
        "more stories", "recommended", "most popular", "trending", "tell us what you think", "story continues below",
        "continue reading", "skip advertisement", "exit mobile version", "skip to content", "read more",
        "to read the full story", "subscribe to continue reading",
    ];

    /// <summary>Openings of a short block that introduce a link elsewhere or a prompt.</summary>
    public static readonly string[] Prefixes =
    [
        "read more:", "read more about", "read also", "also read", "read next", "related:", "see also", "see more:",
        "more:", "sign up for", "subscribe to", "follow us", "share this", "share on",
        "you may also like", "you might also like", "recommended:", "watch:", "listen:", "get the latest updates",
    ];

    /// <summary>Networks named in "Follow us on ..." prompts.</summary>
    public static readonly string[] SocialNetworks = ["twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok"];

    public static bool IsTeaser(string blockText)
    {
        if (blockText.Length > BodyThresholds.MaxTeaserChars)
        {
            return false;
        }

        var label = blockText.AsSpan().TrimEnd(".:!…|-–— ");
        foreach (string cue in Labels)
        {
            if (label.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string cue in Prefixes)
        {
            if (blockText.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsFollowPrompt(blockText);
    }

    /// <summary>"Follow Newsbeat on Instagram, Facebook and Twitter." and the like.</summary>
    private static bool IsFollowPrompt(string blockText)
    {
        if (!blockText.StartsWith("follow ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (string network in SocialNetworks)
        {
            if (blockText.Contains(network, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
