namespace Newsgraph.Events;

/// <summary>
/// How many of the candidate events an article reports as its events. News articles report a few
/// main events (the annotation guidelines ask for 3–10), and background mentions of events ("after
/// talks collapsed last year") would drown them; these thresholds keep the strongest candidates.
/// </summary>
internal static class EventSelection
{
    /// <summary>Why: below this a trigger is a weak dictionary word the context does not support.</summary>
    public const float MinScore = 0.75f;

    /// <summary>Why: one sentence rarely reports more than two distinct main events.</summary>
    public const int MaxPerSentence = 2;

    /// <summary>
    /// Why: about one main event per this many sentences in a news report, bounded below and above
    /// (3–10 main events per article). Short wire reports pack more events per sentence than long
    /// features: one per two sentences starved a 10-sentence report with eight coded events.
    /// </summary>
    public const float SentencesPerEvent = 1.5f;

    public const int MinPerDocument = 4;

    public const int MaxPerDocument = 10;

    /// <summary>Why: a hostile document with thousands of triggering sentences cannot make the stage do unbounded work.</summary>
    public const int MaxCandidates = 4000;

    /// <summary>Why: a candidate with a named source and target is far more likely a main event than one with neither.</summary>
    public const float SourceBonus = 0.3f;

    public const float TargetBonus = 0.2f;

    /// <summary>
    /// Why: PLOVER codes dyadic events, who did what to whom; a trigger whose undergoer the text does
    /// not name near it is mostly an event mentioned in passing or as a topic ("the protests",
    /// "the investigation", "custody", "the swap"). On the knowledge dev set's uncapped candidates
    /// (2026-11-29) 4 of 46 without a target matched a gold event against 50 of 107 with one. Such a
    /// candidate needs a strong trigger and context to be kept, and goes below <see cref="MinScore"/>
    /// otherwise. Events whose doer alone is stated ("the army could be deployed", "stands ready to
    /// support") still pass when their trigger is strong.
    /// </summary>
    public const float NoTargetPenalty = 1.0f;

    /// <summary>
    /// Why: some PLOVER types are one-sided by nature and often have no undergoer in the text: a
    /// side moving its own forces (MOBILIZE: the manual codes the forces' side as the only actor),
    /// a meeting whose parties are all the source ("Trump and Zelensky met"), and statements of will
    /// addressed to the public (REQUEST "urged an end to the violence", THREATEN "pledged to take
    /// action", AGREE "stands ready to support"). In the knowledge dev gold 12 of 27 such events have
    /// no target, against 7 of 64 of the other types; they pay a smaller penalty.
    /// </summary>
    public const float OneSidedNoTargetPenalty = 0.4f;

    public static readonly IReadOnlySet<string> OneSidedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "MOBILIZE", "CONSULT", "REQUEST", "THREATEN", "AGREE",
    };

    public static float NoTargetPenaltyFor(string type) => OneSidedTypes.Contains(type) ? OneSidedNoTargetPenalty : NoTargetPenalty;

    /// <summary>
    /// Why: a nationality as the nearest name before a trigger is mostly a modifier ("Palestinian
    /// criticism", "the Jewish state's premier cheered"), not the doer; PLOVER's actors are states,
    /// groups and people, so such a source earns no bonus.
    /// </summary>
    public const float NationalitySourceBonus = 0f;

    /// <summary>
    /// Why: a trigger only the Phoenix dictionary knows ("took", "rammed", "enabled", "overcome")
    /// is kept when the classifier agrees, but the classifier, trained on synthetic stories, is
    /// sure of itself on common verbs: on the knowledge dev set all six such events the selection
    /// kept were wrong (2026-11-29). They rank below the hand-written cues and fill spare slots only.
    /// The derived lexicon's cues (<c>event-lexicon-v1.tsv</c>, learned from synthetic headlines and
    /// definitions) take the same penalty: they decide a trigger's type, but were never checked on
    /// news pages, so they do not crowd out hand-written events there.
    /// </summary>
    public const float DictionaryOnlyPenalty = 0.6f;

    /// <summary>Why: news puts the main events first (inverted pyramid); this bonus fades over the article.</summary>
    public const float LeadBonus = 0.3f;

    public static int CapFor(int sentences) => Math.Clamp((int)(sentences / SentencesPerEvent), MinPerDocument, MaxPerDocument);
}
