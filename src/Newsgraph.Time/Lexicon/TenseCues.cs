using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>
/// Words that tell which way a sentence looks in time. The cue nearest to a time expression
/// decides whether "Monday" is the one before or after the publication date.
/// </summary>
internal static class TenseCues
{
    /// <summary>Future and plans: "will meet on Monday", "is scheduled for Feb. 14", "expects … in the fourth quarter".</summary>
    public static readonly FrozenSet<string> Future =
        new[] { "will", "'ll", "’ll", "shall", "wo", "scheduled", "upcoming", "expected", "expects", "expect", "plans", "plan", "planned", "planning", "aims", "intends", "forecast", "forecasts", "tomorrow", "slated", "due", "begins", "starts", "opens", "ends" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past: auxiliaries, "said" and the common irregular past forms (regular ones end in -ed).</summary>
    public static readonly FrozenSet<string> Past =
        new[]
        {
            "was", "were", "had", "did", "said", "told", "ago", "yesterday", "went", "came", "took", "made", "met", "gave", "held", "began",
            "left", "saw", "found", "got", "led", "sent", "spent", "won", "lost", "fell", "rose", "paid", "sold", "bought", "brought", "thought",
            "felt", "kept", "stood", "ran", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "wore", "shot", "struck",
            "fought", "caught", "taught", "built", "meant", "heard", "became", "hid", "stole", "swore", "tore", "shook", "sought", "sat", "lay",
            "laid", "fled", "sank", "sang", "swam", "forgot", "overtook", "undertook", "withdrew", "drew", "beat", "bit", "dealt", "fed", "hung",
            "slept", "swept", "wept", "woke", "arose", "froze", "rode", "rang", "won", "ate", "dug", "forbade", "foresaw", "oversaw", "underwent",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Present tense and modals: no direction of their own, but nearer than a far-off cue ("would", "is").</summary>
    public static readonly FrozenSet<string> Neutral =
        new[] { "is", "are", "am", "says", "say", "may", "would", "could", "might", "can", "should", "must", "'d", "’d" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start another clause: a verb after them is not the time's verb.</summary>
    public static readonly FrozenSet<string> ClauseBoundaries =
        new[] { ",", ";", ":", "(", ")", "if", "when", "because", "while", "although", "though", "after", "before", "since", "as", "that", "which", "who", "where", "but", "and", "unless", "until" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Past auxiliaries: past whatever comes before them.</summary>
    public static readonly FrozenSet<string> PastAuxiliaries =
        new[] { "was", "were", "had", "did", "ago", "yesterday" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Before "be", these make a plan or a possibility ahead: "to be held", "will be released", "may be signed".</summary>
    public static readonly FrozenSet<string> BeforeFutureBe =
        new[] { "to", "will", "'ll", "’ll", "may", "might", "shall" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Right before a time, these point ahead whatever the verb: "closed until Friday".</summary>
    public static readonly FrozenSet<string> ForwardPrepositions =
        new[] { "until", "till", "til" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before an -ed form that make it a passive or an adjective, not a past tense ("is expected", "the alleged").</summary>
    public static readonly FrozenSet<string> BeforeNonPastEd =
        new[] { "is", "are", "am", "be", "being", "to", "the", "a", "an", "'s", "’s", "get", "gets" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words ending in -ed that are no past tense.</summary>
    public static readonly FrozenSet<string> NotPastEd =
        new[] { "need", "needed", "indeed", "proceed", "succeed", "exceed", "speed", "breed", "embed", "hundred", "naked", "wicked", "sacred", "kindred", "rugged", "ragged", "seed", "feed", "greed", "creed", "bleed", "united", "based", "related", "so-called", "limited", "concerned", "interested", "supposed", "used" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
