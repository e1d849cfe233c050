using System.Collections.Frozen;

namespace Newsgraph.Entities.Resolution;

/// <summary>Word tables the span fixes and merging use; each with why it is there.</summary>
internal static class NameRules
{
    /// <summary>Determiners a tagger sometimes puts inside a name ("the Kremlin"); names are kept without them.</summary>
    public static readonly FrozenSet<string> LeadingDeterminers = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.Ordinal);

    /// <summary>Honorifics: stripped from names but not roles.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "miss", "mister", "madam", "dr", "sir", "dame", "hon"], StringComparer.Ordinal);

    /// <summary>Function words allowed inside organisation names and initials skip ("Bureau of Investigation" → FBI).</summary>
    public static readonly FrozenSet<string> NameFunctionWords = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "la", "le", "al"], StringComparer.Ordinal);

    /// <summary>Lower-case particles inside people's names ("Ludwig van Beethoven", "Osama bin Laden").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["van", "von", "de", "da", "del", "della", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "y"], StringComparer.Ordinal);

    /// <summary>Compass words are regions somewhere (Cameroon's "North"), but alone in English text never a place name.</summary>
    public static readonly FrozenSet<string> CompassWords = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern", "western", "midwest"],
        StringComparer.Ordinal);

    /// <summary>Generational suffixes that end a person's name ("James Kennedy Jr.").</summary>
    public static readonly FrozenSet<string> GenerationalSuffixes = FrozenSet.ToFrozenSet(["jr", "sr", "ii", "iii", "iv"], StringComparer.Ordinal);

    /// <summary>Last parts of hyphenated adjectives made from names ("London-based", "Kremlin-backed").</summary>
    public static readonly FrozenSet<string> AdjectiveSuffixes = FrozenSet.ToFrozenSet(
    [
        "based", "led", "backed", "controlled", "run", "owned", "born", "style", "linked", "allied", "funded", "affiliated",
        "aligned", "friendly", "bound", "made", "sponsored", "occupied", "held", "dominated", "era", "leaning", "inspired",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words that complete a place name in news ("Zabul province").</summary>
    public static readonly FrozenSet<string> AdministrativeTails = FrozenSet.ToFrozenSet(
        ["province", "region", "district", "county", "governorate", "prefecture", "oblast", "municipality"], StringComparer.Ordinal);

    /// <summary>
    /// Capitalised words that begin sentences and headlines but are never names by themselves;
    /// a one-word mention that is one of these is dropped (the tagger tags some of them).
    /// </summary>
    public static readonly FrozenSet<string> NeverNames = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "i", "we", "he", "she", "they", "it", "this", "that", "these", "those", "there", "here", "left", "right", "photo",
        "image", "video", "news", "world", "read", "more", "advertisement", "getty", "images",
        "god", "covid", "covid 19", "internet", "web", "online", "breaking", "update", "updated", "exclusive", "opinion",
        "analysis", "related", "share", "follow", "subscribe", "x", "mp", "ceo", "tv", "pm", "am",
        "and", "but", "or", "so", "as", "if", "when", "after", "before", "while", "our", "my", "your", "his", "her", "their",
        "specifically", "frankly", "meanwhile", "however", "additionally", "separately", "finally", "instead", "still",
        "also", "look", "yes", "no", "do", "does", "did", "is", "are", "was", "were", "what", "why", "how", "who", "where",
        "north", "south", "east", "west", "central", "dc", "roughly", "about", "nearly", "some", "many", "all", "every", "each", "both", "several", "thanks", "please", "today", "yesterday", "tomorrow", "tonight",
    ], StringComparer.Ordinal);

    /// <summary>Last words of natural features: an unknown place with one is LOC, not GPE.</summary>
    public static readonly FrozenSet<string> NaturalFeatureHeads = FrozenSet.ToFrozenSet(
    [
        "sea", "ocean", "river", "mountains", "mountain", "mount", "lake", "gulf", "bay", "strait", "straits", "peninsula",
        "desert", "valley", "island", "islands", "coast", "canal", "channel", "plain", "plateau", "basin", "forest", "hills",
    ], StringComparer.Ordinal);

    /// <summary>Last words of facilities: a named place with one is FAC.</summary>
    public static readonly FrozenSet<string> FacilityHeads = FrozenSet.ToFrozenSet(
    [
        "prison", "airport", "bridge", "stadium", "hospital", "avenue", "street", "road", "square", "hotel", "suites",
        "tower", "palace", "base", "station", "port", "highway", "boulevard", "mosque", "church", "cathedral", "temple",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Last words of institutions whose full name goes on through "of", "on" or "for" ("University of
    /// Kabul", "National Institute on Drug Abuse", "High Commissioner for Human Rights"), beyond the
    /// lexicon's organisation heads.
    /// </summary>
    public static readonly FrozenSet<string> InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "university", "academy", "college", "school", "institute", "institution", "commissioner", "commissariat",
        "museum", "library", "center", "centre", "court", "council", "committee", "commission", "office", "department",
        "ministry", "bank", "fund", "foundation", "agency", "bureau", "board", "society", "association", "federation",
        "league", "union", "organization", "organisation", "conference", "secretariat", "tribunal", "authority", "party",
    ], StringComparer.Ordinal);

    /// <summary>Words that carry an institution's name on to its field or place ("of", "on", "for").</summary>
    public static readonly FrozenSet<string> InstitutionConnectors = FrozenSet.ToFrozenSet(["of", "on", "for"], StringComparer.Ordinal);

    /// <summary>Longest run of capitalised words taken after an institution's connector.</summary>
    public const int MaxInstitutionTailWords = 6;

    /// <summary>Party letters of a lawmaker's designation ("D-Minn.", "R-Texas", "I-Vt.").</summary>
    public static readonly FrozenSet<char> PartyLetters = FrozenSet.ToFrozenSet(['d', 'r', 'i']);

    /// <summary>AP-style state abbreviations (periods dropped, as in name keys) and the state each names.</summary>
    public static readonly FrozenDictionary<string, string> UsStateAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ala"] = "alabama", ["ariz"] = "arizona", ["ark"] = "arkansas", ["calif"] = "california", ["colo"] = "colorado",
        ["conn"] = "connecticut", ["del"] = "delaware", ["fla"] = "florida", ["ga"] = "georgia", ["ill"] = "illinois",
        ["ind"] = "indiana", ["kan"] = "kansas", ["kans"] = "kansas", ["ky"] = "kentucky", ["la"] = "louisiana",
        ["md"] = "maryland", ["mass"] = "massachusetts", ["mich"] = "michigan", ["minn"] = "minnesota", ["miss"] = "mississippi",
        ["mo"] = "missouri", ["mont"] = "montana", ["neb"] = "nebraska", ["nev"] = "nevada", ["nh"] = "new hampshire",
        ["nj"] = "new jersey", ["nm"] = "new mexico", ["ny"] = "new york", ["nc"] = "north carolina", ["nd"] = "north dakota",
        ["okla"] = "oklahoma", ["ore"] = "oregon", ["pa"] = "pennsylvania", ["ri"] = "rhode island", ["sc"] = "south carolina",
        ["sd"] = "south dakota", ["tenn"] = "tennessee", ["tex"] = "texas", ["vt"] = "vermont", ["va"] = "virginia",
        ["wash"] = "washington", ["w va"] = "west virginia", ["wva"] = "west virginia", ["wis"] = "wisconsin", ["wyo"] = "wyoming",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two-letter postal codes, which lawmakers' designations also use ("R-TX"); only read after a party letter.</summary>
    public static readonly FrozenDictionary<string, string> UsPostalCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["al"] = "alabama", ["ak"] = "alaska", ["az"] = "arizona", ["ar"] = "arkansas", ["ca"] = "california", ["co"] = "colorado",
        ["ct"] = "connecticut", ["de"] = "delaware", ["fl"] = "florida", ["ga"] = "georgia", ["hi"] = "hawaii", ["id"] = "idaho",
        ["il"] = "illinois", ["in"] = "indiana", ["ia"] = "iowa", ["ks"] = "kansas", ["ky"] = "kentucky", ["la"] = "louisiana",
        ["me"] = "maine", ["md"] = "maryland", ["ma"] = "massachusetts", ["mi"] = "michigan", ["mn"] = "minnesota",
        ["ms"] = "mississippi", ["mo"] = "missouri", ["mt"] = "montana", ["ne"] = "nebraska", ["nv"] = "nevada",
        ["nh"] = "new hampshire", ["nj"] = "new jersey", ["nm"] = "new mexico", ["ny"] = "new york", ["nc"] = "north carolina",
        ["nd"] = "north dakota", ["oh"] = "ohio", ["ok"] = "oklahoma", ["or"] = "oregon", ["pa"] = "pennsylvania",
        ["ri"] = "rhode island", ["sc"] = "south carolina", ["sd"] = "south dakota", ["tn"] = "tennessee", ["tx"] = "texas",
        ["ut"] = "utah", ["vt"] = "vermont", ["va"] = "virginia", ["wa"] = "washington", ["wv"] = "west virginia",
        ["wi"] = "wisconsin", ["wy"] = "wyoming",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
