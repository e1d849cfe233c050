using System.Collections.Frozen;

namespace Newsgraph.Events.Actors;

/// <summary>Word lists and bounds of the recall actor rules (<c>ActorFinder.Recall.cs</c>); each says why it is there.</summary>
internal static class RecallCues
{
    /// <summary>Why: "The Palestinian Authority - which … - called for": an aside between dashes is rarely longer than this.</summary>
    public const int MaxAsideLength = 30;

    /// <summary>
    /// Why: "an emergency meeting of the body", "the company said", "the group claimed": a definite
    /// collective noun refers back to the organisation last named.
    /// </summary>
    public static readonly FrozenSet<string> CollectiveNouns = Set(
        "body", "organisation", "organization", "bloc", "alliance", "group", "company", "firm", "league");

    /// <summary>
    /// Why: "Two hostages", "three men", "both men": a count before a description says how many
    /// people a following sentence must name for them to be the group (<c>counted-group</c>).
    /// </summary>
    public static readonly FrozenDictionary<string, int> CountWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["both"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Why: the members of a counted group open their sentence; a list of five names with nationalities fits in this many tokens.</summary>
    public const int MaxOpeningList = 24;

    /// <summary>Why: "when it posted", "because they refused": a subordinate clause's pronoun subject is the main clause's subject.</summary>
    public static readonly FrozenSet<string> Subordinators = Set(
        "when", "after", "before", "because", "as", "while", "since", "although", "though", "once", "if", "until");

    /// <summary>Why: "on social media": adjectives between a preposition and a description; more and it is another phrase.</summary>
    public const int MaxAdjectives = 2;

    /// <summary>
    /// Why: verbs whose subject undergoes the nominal event that follows ("faces an SEC inquiry",
    /// "drew criticism", "came under attack"), like the receiving verbs of <see cref="ActorCues.ReceiveVerbs"/>.
    /// </summary>
    public static readonly FrozenSet<string> UndergoVerbs = Set(
        "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "under", "suffer", "suffers", "suffered");

    /// <summary>Why: "is the subject of an inquiry", "was the target of an attack": the subject undergoes the noun's event.</summary>
    public static readonly FrozenSet<string> UndergoerNouns = Set("subject", "target", "focus", "victim", "object");

    /// <summary>Why: words between the frame and its nominal trigger ("is the subject of a federal inquiry").</summary>
    public const int MaxFrameGap = 4;

    /// <summary>
    /// Why: "stepped down as CEO", "resigned as chairman": roles that belong to an organisation, so a
    /// resignation from them acts on it (political offices are left out: their "organisation" is a state).
    /// </summary>
    public static readonly FrozenSet<string> OrganisationRoles = Set(
        "ceo", "chief", "executive", "chairman", "chairwoman", "chair", "director", "head", "boss", "founder",
        "manager", "coach", "editor", "officer", "cfo", "coo", "co-founder");

    /// <summary>Why: "as its chief executive officer": words before the role; further on it is another phrase.</summary>
    public const int MaxRoleWords = 3;

    /// <summary>The agent key of officials, authorities and ministers the text gives no country ("top government officials").</summary>
    public const string UnqualifiedGovernmentKey = "agent:GOV";

    /// <summary>Why: a dateline ("HANOI, Vietnam (AP) —") closes within this many tokens of the article's start.</summary>
    public const int MaxDatelineTokens = 8;

    /// <summary>
    /// Why: "begged lawmakers", "MPs voted": plural nouns for the members of a legislature, who act as
    /// the body (a single "senator" is a person, not the body, so singulars are left out).
    /// </summary>
    public static readonly FrozenSet<string> LegislatorNouns = Set(
        "lawmakers", "legislators", "mps", "parliamentarians", "congressmen", "senators", "deputies", "representatives");

    /// <summary>Why: words that name an organisation as a legislature or one of its chambers or committees.</summary>
    public static readonly FrozenSet<string> LegislatureWords = Set(
        "congress", "senate", "house", "parliament", "committee", "assembly", "legislature", "duma", "knesset", "bundestag", "commons", "lords", "chamber");

    /// <summary>Why: "White House" holds "house" but is the executive's seat, not a chamber.</summary>
    public static readonly string[] ExecutiveSeats = ["White House", "Government House", "Blue House"];

    /// <summary>Why: "who had been held by the Taliban": a relative clause from its pronoun to the main verb spans few words.</summary>
    public const int MaxRelativeClause = 12;

    /// <summary>Why: pronouns that open a relative clause on the subject ("hostages who had been held by").</summary>
    public static readonly FrozenSet<string> RelativePronouns = Set("who", "which", "that");

    /// <summary>Why: "is in custody", "remains in detention": states of being held, whose subject is the one held (not the holder).</summary>
    public static readonly FrozenSet<string> HeldStates = Set("custody", "detention", "captivity", "jail", "prison");

    /// <summary>Why: the copulas that put a subject in a state ("is", "'s", "remains" in custody).</summary>
    public static readonly FrozenSet<string> StateCopulas = Set(
        "is", "'s", "’s", "was", "are", "were", "be", "been", "remains", "remained", "remain", "stays", "stayed", "being");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
