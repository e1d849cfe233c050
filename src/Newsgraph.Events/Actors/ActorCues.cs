using System.Collections.Frozen;

namespace Newsgraph.Events.Actors;

/// <summary>Word lists the dependency-free actor heuristic reads; each says why it is there.</summary>
internal static class ActorCues
{
    /// <summary>
    /// Why: a name right after one of these is a prepositional object (a place, a topic, a
    /// beneficiary), not the subject of the trigger: "In Hanoi, Esper accused China".
    /// </summary>
    public static readonly FrozenSet<string> Prepositions = Set(
        "in", "at", "on", "from", "near", "to", "of", "for", "about", "against", "over", "into",
        "during", "since", "across", "inside", "outside", "toward", "towards", "under", "after", "before");

    /// <summary>Why: a place named after these is where the event happened, so it is the event's place, not its target.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("in", "at", "near", "inside", "outside", "across", "over");

    /// <summary>Why: be/get + past participle marks the passive ("was attacked by"): subject and object swap.</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set(
        "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "'s", "’s");

    /// <summary>Why: adverbs may sit between the auxiliary and the participle ("was reportedly abducted").</summary>
    public const int MaxAdverbsInPassive = 2;

    /// <summary>
    /// Why: these start a new clause (relative, temporal, causal, contrast), whose names belong to
    /// another predicate: "Esper met officials, who accused China …".
    /// </summary>
    public static readonly FrozenSet<string> ClauseBreakers = Set(
        "who", "which", "that", "when", "while", "because", "although", "though", "but", "whereas",
        "after", "before", "since", "as", "where", "whose", "if", "unless", "until");

    /// <summary>
    /// Why: a gerund right after these words has no subject of its own: its doer is the subject of
    /// the clause it hangs on ("a federal jury deliberated … before convicting Webb", "the party
    /// was accused … by changing its name", "police shot him while arresting protesters").
    /// </summary>
    public static readonly FrozenSet<string> GerundSubordinators = Set("before", "after", "while", "when", "since", "without", "by", "for");

    /// <summary>Why: punctuation that closes a clause (a comma does not: appositions sit between subject and verb).</summary>
    public static readonly FrozenSet<string> ClauseEnds = Set(";", ":", "(", ")", "—", "–");

    /// <summary>
    /// Why: these words are prepositions and also subordinators: "after Neumann stepped down",
    /// "18 years after Washington invaded", "hours after the Afghan government freed". A name after
    /// them followed directly by the trigger (at most <see cref="MaxSubordinateGap"/> auxiliaries,
    /// adverbs or head nouns between) is the subject of a subordinate clause, not a prepositional object.
    /// </summary>
    public static readonly FrozenSet<string> Subordinators = Set("after", "before", "since", "until");

    /// <summary>Why: "after the Afghan government has freed": words between such a subject's name and its verb; more and the name belongs to a noun phrase.</summary>
    public const int MaxSubordinateGap = 3;

    /// <summary>
    /// Why: "The French foreign ministry said it regrets", "Erekat said they would take measures":
    /// a subject "it"/"they" right after a reporting verb (or "that") stands for the reporting
    /// clause's subject, the usual reading in news's indirect speech.
    /// </summary>
    public static readonly FrozenSet<string> ReportedSubjectPronouns = Set("it", "they");

    /// <summary>Why: the reporting verbs after which "it"/"they" refers back to the reporting subject.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "said", "says", "say", "added", "adds", "stated", "states", "announced", "announces", "insisted", "insists",
        "argued", "argues", "noted", "notes", "confirmed", "confirms", "claimed", "claims", "reiterated", "reiterates");

    /// <summary>
    /// Why (session 10): "… its war against Ukraine, the New York Times reported Monday": a name
    /// followed by one of these verbs is the subject of a trailing attribution, the claim's source,
    /// never one more member of the list before its comma.
    /// </summary>
    public static readonly FrozenSet<string> AttributionVerbs = Set(
        "said", "says", "reported", "reports", "told", "wrote", "writes", "added", "adds", "stated", "announced", "claimed", "noted");

    /// <summary>
    /// Why: "WeWork received a lifeline from SoftBank", "Kyiv won military aid from Washington": with
    /// a verb of receiving before a nominal trigger, the subject undergoes the event and the name
    /// after "from" does it (PLOVER codes the giver as the source of AID, SUPPORT, …).
    /// </summary>
    public static readonly FrozenSet<string> ReceiveVerbs = Set(
        "receive", "received", "receives", "receiving", "get", "gets", "got", "getting", "gotten", "obtain", "obtained",
        "obtains", "obtaining", "accept", "accepted", "accepts", "accepting", "secure", "secured", "secures", "securing",
        "win", "won", "wins", "winning");

    /// <summary>Why: words between the receiving verb and its nominal trigger ("received a $5 billion lifeline").</summary>
    public const int MaxReceiveGap = 3;

    /// <summary>Why: "Kristi Noem (R) is defending": a parenthesis (party, acronym, age) between subject and verb is an aside, skipped while this short.</summary>
    public const int MaxParenthesisLength = 8;

    /// <summary>Why: a third-person singular pronoun subject stands for the last person named before it.</summary>
    public static readonly FrozenSet<string> PersonPronouns = Set("he", "she");

    /// <summary>Why: inside a quotation, "we"/"I" is the speaker (or the speaker's organisation).</summary>
    public static readonly FrozenSet<string> SpeakerPronouns = Set("we", "i");

    /// <summary>Why: names joined by these form one compound actor ("Egypt and Jordan criticised").</summary>
    public static readonly FrozenSet<string> Coordinators = Set("and", ",", "&");

    /// <summary>Why: the subject of a verb is seldom further back than this; the bound also keeps hostile sentences cheap.</summary>
    public const int MaxSubjectDistance = 25;

    /// <summary>Why: title words between a nationality and a name ("Russian president Vladimir Putin", "North Korean leader").</summary>
    public const int MaxTitleWords = 3;

    /// <summary>Why: a compound actor rarely lists more names than this; more are an enumeration, not the target.</summary>
    public const int MaxTargets = 4;

    /// <summary>Why: the object follows the verb closely; further names belong to adjuncts.</summary>
    public const int MaxObjectDistance = 15;

    /// <summary>
    /// Why: "Vietnam … has criticised X and has accused Beijing": a trigger right after "and" (and
    /// at most this many auxiliaries/adverbs) shares the clause's subject, which sits further back
    /// than the nearest name ("in the South China Sea").
    /// </summary>
    public static readonly FrozenSet<string> VerbPhraseJoiners = Set("and", "but", "or");

    /// <summary>Why: auxiliaries and adverbs that may stand between a coordinating "and" and the trigger ("and has accused", "and then warned").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should",
        "did", "does", "do", "also", "then", "later", "subsequently", "repeatedly", "again");

    /// <summary>Why: the possessive marker: "Trump's call with Zelensky", "Russia's occupation of Crimea": the owner of a nominal trigger is its doer.</summary>
    public static readonly FrozenSet<string> PossessiveMarkers = Set("'s", "’s", "'", "’");

    /// <summary>Why: words between a possessive and the noun it owns ("Trump's July 25 phone call"); past this the possessive belongs to another phrase.</summary>
    public const int MaxPossessiveGap = 4;

    /// <summary>
    /// Why: a title after a country or nationality ("China's ambassador", "the Ukrainian president")
    /// stands for the person the article names with that title elsewhere, not for the country.
    /// </summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "president", "ambassador", "minister", "premier", "chancellor", "leader", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "envoy", "governor", "senator", "king", "queen", "prince", "general",
        "commander", "mayor", "prosecutor", "chairman", "chairwoman", "emperor", "ayatollah", "pope");

    /// <summary>Why: words that narrow a title ("foreign minister" is not "prime minister").</summary>
    public static readonly FrozenSet<string> TitleQualifiers = Set(
        "prime", "foreign", "defense", "defence", "finance", "interior", "vice", "deputy", "home", "press", "supreme", "top");

    /// <summary>Why: title words stand this far before the name they introduce ("China's ambassador to Britain Liu Xiaoming").</summary>
    public const int MaxTitleReach = 6;

    /// <summary>
    /// Why: the conventions code an act of a government body by its country's name: "the Afghan
    /// government freed", "the French foreign ministry said" act for Afghanistan and France.
    /// </summary>
    public static readonly FrozenSet<string> GovernmentWords = Set(
        "government", "administration", "authorities", "ministry", "cabinet", "regime", "officials", "embassy");

    /// <summary>
    /// Why: "A New York man pleaded guilty": a place before one of these describes an unnamed person;
    /// the place is not the actor. News names that person at the start of a following sentence.
    /// </summary>
    public static readonly FrozenSet<string> PersonNouns = Set(
        "man", "woman", "teen", "teenager", "boy", "girl", "resident", "couple", "mother", "father", "student", "driver", "native");

    /// <summary>Why: a description's person is named as the subject of one of the next sentences, or not at all.</summary>
    public const int DescriptionReachSentences = 2;

    /// <summary>Why: "the Taliban, who have long refused": a relative pronoun's antecedent is the subject of its clause.</summary>
    public static readonly FrozenSet<string> RelativePronouns = Set("who", "which");

    /// <summary>Why: an object pronoun stands for the last person named ("proceedings against him").</summary>
    public static readonly FrozenSet<string> ObjectPronouns = Set("him", "her");

    /// <summary>
    /// Why: "invaded the country", "sanctions against the nation": a definite country noun as the
    /// object refers back to the last country the article named (the places stage tells which
    /// place entities are countries); the subject itself is excluded.
    /// </summary>
    public static readonly FrozenSet<string> CountryNouns = Set("country", "nation");

    /// <summary>Why: "them" stands for a group described this few tokens back (about two sentences); further back it is another group or a named one.</summary>
    public const int MaxThemReach = 60;

    /// <summary>Why: possessive pronouns that own a nominal trigger ("his sentencing").</summary>
    public static readonly FrozenSet<string> PossessivePronouns = Set("his", "her");

    /// <summary>
    /// Why: nouns whose possessor undergoes the event rather than does it: "Carlineo's sentencing",
    /// "his arrest", "Webb's conviction" (the doer is a court or police, mostly unnamed).
    /// </summary>
    public static readonly FrozenSet<string> PatientNouns = Set(
        "sentencing", "arrest", "detention", "release", "conviction", "trial", "extradition", "killing", "execution",
        "abduction", "kidnapping", "impeachment", "ouster", "removal", "indictment", "imprisonment", "deportation", "prosecution");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
