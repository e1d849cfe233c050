using System.Collections.Frozen;

namespace Newsgraph.Events.Modality;

/// <summary>
/// Words before (or around) a trigger that change what the event's status is. Each table says why;
/// <see cref="ModalityReader"/> applies them in a fixed priority (denied, hypothetical, conditional,
/// requested, expected, planned, ongoing, occurred).
/// </summary>
internal static class ModalityCues
{
    /// <summary>Why: how far back a modal or auxiliary governs the trigger ("will reportedly soon meet").</summary>
    public const int LookBack = 6;

    /// <summary>Why: "would/could/might have" + participle is a counterfactual ("would have objected").</summary>
    public static readonly FrozenSet<string> CounterfactualModals = Set("would", "could", "might", "should");

    /// <summary>Why: these modals make the event possible, not real ("could be deployed").</summary>
    public static readonly FrozenSet<string> PossibilityModals = Set("could", "might", "may");

    /// <summary>Why: a condition in the same sentence makes the event conditional ("if the talks go well").</summary>
    public static readonly FrozenSet<string> ConditionWords = Set("if", "unless", "provided", "providing");

    /// <summary>Why: a quid-pro-quo after the trigger makes it an offer on conditions ("in exchange for technology").</summary>
    /// <summary>Why: how far a condition word may sit before / after the trigger and still govern it.</summary>
    public const int ConditionBefore = 8;

    public const int ConditionAfter = 15;

    public static readonly string[][] ConditionPhrases = [["in", "exchange", "for"], ["in", "return", "for"], ["on", "condition"], ["as", "long", "as"]];

    /// <summary>Why: future auxiliaries and plans: the event is scheduled or announced ("will meet", "plans to visit").</summary>
    public static readonly FrozenSet<string> PlanWords = Set(
        "will", "'ll", "’ll", "shall", "plan", "plans", "planned", "planning", "scheduled", "intends", "intend",
        "intended", "set", "going", "would", "upcoming", "due", "prepares", "preparing", "aims");

    /// <summary>Why: predictions by others, not plans of the actor ("expected to", "likely").</summary>
    public static readonly FrozenSet<string> ExpectationWords = Set("expected", "likely", "poised", "anticipated", "predicted", "unlikely", "probably");

    /// <summary>Why: the event is what someone asks for, not what happened ("urged Pyongyang to cease").</summary>
    public static readonly FrozenSet<string> RequestWords = Set(
        "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "demand", "demanded", "demands",
        "demanding", "call", "called", "calls", "calling", "request", "requested", "requests", "appealed", "pressed", "begged");

    /// <summary>Why: a denial before the trigger disputes the event ("deny accusations of brutality").</summary>
    public static readonly FrozenSet<string> DenialWords = Set("deny", "denied", "denies", "denying", "denial", "rejected", "dismissed", "disputed", "refuted");

    /// <summary>Why: be + -ing, or these words, say the event is still going on.</summary>
    public static readonly FrozenSet<string> ProgressiveAuxiliaries = Set("is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re");

    public static readonly FrozenSet<string> OngoingWords = Set("continue", "continues", "continued", "continuing", "ongoing", "under", "remain", "remains", "still", "keeps", "kept");

    /// <summary>Why: a negated trigger reports that the event did not happen; PLOVER does not code it.</summary>
    public static readonly FrozenSet<string> Negations = Set("not", "n't", "n’t", "never", "no");

    /// <summary>
    /// Why: "any" is a negative-polarity word: in news it stands under a negation, question or
    /// condition ("had no knowledge of any efforts to urge", "denied any attack", "if any talks"),
    /// so an event it quantifies is not asserted to have happened.
    /// </summary>
    public static readonly FrozenSet<string> NegativePolarity = Set("any");

    /// <summary>Why: "any efforts to urge": the negative-polarity word quantifies a noun phrase this short before the trigger.</summary>
    public const int PolarityReach = 3;

    /// <summary>Why: prepositions after which a negator denies taking part ("was not on the call", "never at the talks").</summary>
    public static readonly FrozenSet<string> PhrasePrepositions = Set("on", "in", "at", "part", "party");

    /// <summary>Why: "not on the July 25 phone call": the trigger closes the prepositional phrase within this many words of the negator.</summary>
    public const int NegatedPhraseReach = 5;

    /// <summary>Why: words between an auxiliary and the trigger that do not change its status.</summary>
    public static readonly FrozenSet<string> Transparent = Set("reportedly", "allegedly", "also", "soon", "then", "again", "finally", "now", "still", "to", "be", "have", "been", "formally", "officially", "publicly", "further");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
