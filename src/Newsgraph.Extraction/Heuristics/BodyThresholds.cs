namespace Newsgraph.Extraction.Heuristics;

/// <summary>
/// Numbers that steer body extraction. Lengths count non-whitespace characters. Values follow
/// Readability's defaults where one exists and were tuned on the dev pages otherwise.
/// </summary>
internal static class BodyThresholds
{
    /// <summary>Shortest inline text that counts as a paragraph (Readability uses 25 characters).</summary>
    public const int MinParagraphChars = 25;

    /// <summary>Above this share of link text a block is a link list, not prose.</summary>
    public const float MaxParagraphLinkDensity = 0.5f;

    /// <summary>Each 100 characters of a paragraph add a point, up to this cap (Readability).</summary>
    public const float MaxLengthPoints = 3f;

    /// <summary>How many ancestors receive a paragraph's score (Readability: 5).</summary>
    public const int ScoredAncestorLevels = 5;

    /// <summary>Class/id weight for positive or negative hints (Readability: 25).</summary>
    public const float ClassWeight = 25f;

    /// <summary>A known body container must hold at least this much paragraph text to be trusted.</summary>
    public const int MinKnownContainerText = 200;

    /// <summary>
    /// A known body container is preferred to the scored candidate when it holds at least this
    /// share of the candidate's paragraph text (the markup names the body; scoring only guesses).
    /// </summary>
    public const float KnownContainerShareOfScored = 0.5f;

    /// <summary>Of nested known containers, the innermost one keeping this share of the outer one's prose wins.</summary>
    public const float InnerContainerKeepsShare = 0.85f;

    /// <summary>Siblings of the top candidate join when they score above this share of it (Readability: 0.2).</summary>
    public const float SiblingScoreShare = 0.2f;

    /// <summary>Floor for the sibling threshold (Readability: 10).</summary>
    public const float MinSiblingScore = 10f;

    /// <summary>A sibling paragraph this long with little link text joins the body (Readability: 80).</summary>
    public const int SiblingParagraphChars = 80;

    /// <summary>A sub-container holding this share of the body's prose is never stripped by its class name.</summary>
    public const float ProtectedShareOfBody = 0.5f;

    /// <summary>Containers (lists, divs) whose text is mostly links are link lists (related, tags, menus).</summary>
    public const float MaxContainerLinkDensity = 0.5f;

    /// <summary>Short blocks checked against teaser cues ("Read more: ...").</summary>
    public const int MaxTeaserChars = 160;

    /// <summary>Longest block that can be a link-only teaser headline.</summary>
    public const int MaxLinkTeaserChars = 400;

    /// <summary>Share of a block's letters inside links for it to be a link-only teaser.</summary>
    public const float MinTeaserLinkShare = 0.8f;

    /// <summary>A table cell this long means the table lays out the page instead of holding data.</summary>
    public const int MaxDataCellChars = 600;
}
