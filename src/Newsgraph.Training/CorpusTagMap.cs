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
    /// <summary>GMB: geo = places, gpe = mostly nationality adjectives/plurals ("Iraqi", "Palestinians") → NORP; tim/art/eve/nat (nat = natural phenomena) → O.</summary>
    public static readonly FrozenDictionary<string, EntityKind?> Gmb = new Dictionary<string, EntityKind?>
    {
        ["per"] = EntityKind.Person, ["org"] = EntityKind.Org, ["geo"] = EntityKind.Loc, ["gpe"] = EntityKind.Norp,
        ["tim"] = null, ["art"] = null, ["eve"] = null, ["nat"] = null,
    }.ToFrozenDictionary();

    /// <summary>
    /// CrossNER politics: politicians and persons → PER; parties and organisations → ORG; countries and
    /// locations → LOC; elections/events → O. (Measured: marking elections unknown instead let the model
    /// tag "United Kingdom" inside "United Kingdom general election" as a place, held-out CrossNER LOC
    /// precision 0.46 → 0.33; the CoNLL convention makes the whole election MISC, so O is closer.)
    /// </summary>
    public static readonly FrozenDictionary<string, EntityKind?> CrossNer = new Dictionary<string, EntityKind?>
    {
        ["politician"] = EntityKind.Person, ["person"] = EntityKind.Person,
        ["organisation"] = EntityKind.Org, ["politicalparty"] = EntityKind.Org,
        ["country"] = EntityKind.Loc, ["location"] = EntityKind.Loc,
        ["election"] = null, ["event"] = null,
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

    /// <summary>Tags whose tokens are left unlabelled in training (MISC covers nationalities, works, events alike).</summary>
    public static readonly FrozenSet<string> UnknownTags = FrozenSet.ToFrozenSet(["MISC", "misc"]);

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
