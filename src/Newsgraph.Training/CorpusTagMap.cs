using System.Collections.Frozen;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// How each corpus's tag set maps onto the kinds the fast model learns. A tag mapped to null is
/// treated as "not an entity of a learnt kind" (O); a tag in <see cref="UnknownTags"/> marks
/// tokens whose learnt kind is unknown (MISC holds nationalities among other things), so training
/// does not teach O there.
/// </summary>
internal static class CorpusTagMap
{
    /// <summary>GMB: geo = places, gpe = mostly nationality adjectives/plurals ("Iraqi", "Palestinians") → NORP; tim → O; art/eve/nat (nat = natural phenomena) are MISC (<see cref="MiscTags"/>).</summary>
    public static readonly FrozenDictionary<string, EntityKind?> Gmb = new Dictionary<string, EntityKind?>
    {
        ["per"] = EntityKind.Person, ["org"] = EntityKind.Org, ["geo"] = EntityKind.Loc, ["gpe"] = EntityKind.Norp,
        ["tim"] = null,
    }.ToFrozenDictionary();

    /// <summary>
    /// CrossNER politics: politicians and persons → PER; parties and organisations → ORG; countries and
    /// locations → LOC; elections/events and misc → MISC (<see cref="MiscTags"/>). (Measured before the MISC
    /// kind: marking elections unknown let the model tag "United Kingdom" inside "United Kingdom general
    /// election" as a place, held-out CrossNER LOC precision 0.46 → 0.33, so they were O until MISC.)
    /// </summary>
    public static readonly FrozenDictionary<string, EntityKind?> CrossNer = new Dictionary<string, EntityKind?>
    {
        ["politician"] = EntityKind.Person, ["person"] = EntityKind.Person,
        ["organisation"] = EntityKind.Org, ["politicalparty"] = EntityKind.Org,
        ["country"] = EntityKind.Loc, ["location"] = EntityKind.Loc,
    }.ToFrozenDictionary();

    /// <summary>CoNLL-style PER/ORG/LOC (WikiGold, UNER).</summary>
    public static readonly FrozenDictionary<string, EntityKind?> Conll = new Dictionary<string, EntityKind?>
    {
        ["PER"] = EntityKind.Person, ["ORG"] = EntityKind.Org, ["LOC"] = EntityKind.Loc,
    }.ToFrozenDictionary();

    /// <summary>re3d: Person/Organisation/Location/Nationality; weapons, quantities, dates, platforms, document references → O.</summary>
    public static readonly FrozenDictionary<string, EntityKind?> Re3d = new Dictionary<string, EntityKind?>
    {
        ["Person"] = EntityKind.Person, ["Organisation"] = EntityKind.Org, ["Location"] = EntityKind.Loc, ["Nationality"] = EntityKind.Norp,
    }.ToFrozenDictionary();

    /// <summary>Tags whose tokens are left unlabelled when the MISC kind is not trained (MISC covers nationalities, works, events alike).</summary>
    public static readonly FrozenSet<string> UnknownTags = FrozenSet.ToFrozenSet(["MISC", "misc"]);

    /// <summary>
    /// Tags of names of other types, learnt as the tagger's MISC kind (never reported): CoNLL MISC
    /// (WikiGold) and CrossNER misc; CrossNER elections and events (the CoNLL convention makes a whole
    /// "United Kingdom general election" MISC, so the place inside it is no LOC); GMB art (works,
    /// products), eve (events) and nat (storms, diseases: "Wilma", "H5N1", which GMB's silver labels
    /// otherwise give ORG or LOC now and then). Before the ner-fast7 branch MISC was unknown (no
    /// signal) and the rest O; predictions over them were the largest false-positive class on the gold
    /// corpora. re3d marks no such kind: its O stays O.
    /// </summary>
    public static readonly FrozenSet<string> MiscTags = FrozenSet.ToFrozenSet(["MISC", "misc", "election", "event", "art", "eve", "nat"]);

    /// <summary>
    /// Leading title words GMB puts inside person spans ("President Bush", "Mr. Kirby"); the other
    /// corpora and the report put them outside, so they are stripped from GMB person spans.
    /// </summary>
    public static readonly FrozenSet<string> GmbPersonTitles = FrozenSet.ToFrozenSet(
        ["mr.", "mrs.", "ms.", "dr.", "president", "prime", "minister", "secretary", "general", "gen.", "senator", "sen.", "rep.",
         "king", "queen", "vice", "foreign", "defense", "defence", "chancellor", "governor", "gov.", "pope", "prince", "princess",
         "lieutenant", "lt.", "colonel", "col.", "sheikh", "ayatollah", "judge", "chief", "premier", "envoy", "ambassador",
         "state", "interior", "finance", "deputy", "former", "sergeant", "sgt.", "captain", "capt.", "commander", "admiral", "major",
         "archbishop", "bishop", "secretary-general", "cardinal", "rev.", "reverend", "mayor", "spokesman", "spokeswoman", "director", "speaker", "u.s.", "u.n."],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners re3d includes at the start of spans ("the Iraqi Prime Minister"); stripped.</summary>
    public static readonly FrozenSet<string> LeadingDeterminers = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);
}
