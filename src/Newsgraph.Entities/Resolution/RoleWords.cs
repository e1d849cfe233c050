using System.Collections.Frozen;

namespace Newsgraph.Entities.Resolution;

/// <summary>Words of role phrases around a person's name ("former President", "presidential candidate").</summary>
internal static class RoleWords
{
    /// <summary>Lower-case words that qualify a role but are not one ("former", "deputy", "presidential").</summary>
    public static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "former", "deputy", "acting", "vice", "chief", "senior", "top", "interim", "assistant", "associate", "executive",
        "press", "foreign", "prime", "security", "defense", "defence", "national", "state", "general", "special", "lead",
        "then", "current", "incoming", "outgoing", "retired", "late", "first", "lady", "army", "navy", "police", "party",
        "opposition", "campaign", "intelligence", "health", "finance", "interior", "justice", "trade", "energy", "news",
        "managing", "founding", "co", "white", "house", "supreme", "majority", "minority", "ranking", "rights", "human",
        "district", "county", "city", "federal", "u.s.", "us", "deputy", "spokes", "communications", "public", "affairs",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words of office names between a title and a name ("Secretary of State Mike Pompeo").</summary>
    public static readonly FrozenSet<string> OfficeWords = FrozenSet.ToFrozenSet(
    [
        "of", "state", "defense", "defence", "homeland", "security", "treasury", "energy", "justice", "health", "interior",
        "commerce", "foreign", "affairs", "general", "staff", "house", "senate", "national", "attorney", "prime", "vice",
        "deputy", "chief", "minister", "secretary", "press", "the", "for", "home", "office", "trade", "education",
    ], StringComparer.Ordinal);

    /// <summary>Words a tagger leaves at the end of a name that start the role after it ("White House [Press Secretary]").</summary>
    public static readonly FrozenSet<string> TrailingOfficeWords = FrozenSet.ToFrozenSet(
    [
        "press", "defense", "defence", "foreign", "deputy", "vice", "chief", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "minister", "chairman", "chairwoman", "president", "official", "officials", "adviser", "advisor",
    ], StringComparer.Ordinal);

    /// <summary>Abbreviated titles spelled out in roles ("Sen." → senator).</summary>
    public static readonly FrozenDictionary<string, string> Expansions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sen"] = "senator",
        ["rep"] = "representative",
        ["gov"] = "governor",
        ["gen"] = "general",
        ["lt"] = "lieutenant",
        ["col"] = "colonel",
        ["maj"] = "major",
        ["sgt"] = "sergeant",
        ["capt"] = "captain",
        ["adm"] = "admiral",
        ["cmdr"] = "commander",
        ["supt"] = "superintendent",
        ["insp"] = "inspector",
        ["det"] = "detective",
        ["prof"] = "professor",
        ["pres"] = "president",
        ["amb"] = "ambassador",
        ["atty"] = "attorney",
        ["fr"] = "father",
        ["rev"] = "reverend",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Role nouns WordNet lacks or spells differently, and words it lists that in news are not roles
    /// before a name (a person "King" or "Mate" is a surname far more often).
    /// </summary>
    public static readonly FrozenSet<string> ExtraRoleNouns = FrozenSet.ToFrozenSet(
    [
        "spokesman", "spokeswoman", "spokesperson", "candidate", "leader", "lawmaker", "official", "minister", "secretary",
        "envoy", "ambassador", "chairman", "chairwoman", "chair", "ceo", "founder", "director", "president", "senator",
        "governor", "mayor", "premier", "chancellor", "attorney", "prosecutor", "judge", "commander", "general", "adviser",
        "advisor", "aide", "analyst", "reporter", "correspondent", "editor", "columnist", "anchor", "host", "coach",
        "dictator", "strongman", "congressman", "congresswoman", "representative", "speaker", "whip", "nominee", "hopeful",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> NotRoleNouns = FrozenSet.ToFrozenSet(
        ["king", "mate", "brother", "sister", "mother", "father", "saint", "christ", "buddha", "nat", "reader", "blessed", "venerable"],
        StringComparer.Ordinal);
}
