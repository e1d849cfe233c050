using System.Collections.Frozen;

namespace Newsgraph.Places.Resolution;

/// <summary>Word tables the resolver reads; each says why it exists.</summary>
internal static class PlaceWords
{
    /// <summary>
    /// Generic last words of region names. GeoNames names the region without them ("Zabul", "Logar"),
    /// news text with them ("Zabul Province"): on a miss the word is cut and the name looked up again.
    /// </summary>
    public static readonly FrozenSet<string> RegionHeads = FrozenSet.ToFrozenSet(
    [
        "province", "state", "region", "oblast", "governorate", "prefecture", "district", "county", "municipality",
        "territory", "krai", "republic", "emirate", "canton", "department", "city",
    ], StringComparer.Ordinal);

    /// <summary>
    /// AP-style US state abbreviations and postal codes that follow a city after a comma ("Moscow,
    /// Idaho" is an entity; "Moscow, Ida." and "Portland, Ore." are not): key → admin-1 code of US.
    /// </summary>
    public static readonly FrozenDictionary<string, string> UsStateAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ala"] = "AL", ["ariz"] = "AZ", ["ark"] = "AR", ["calif"] = "CA", ["colo"] = "CO", ["conn"] = "CT", ["del"] = "DE",
        ["fla"] = "FL", ["ga"] = "GA", ["ill"] = "IL", ["ind"] = "IN", ["kan"] = "KS", ["kans"] = "KS", ["ky"] = "KY",
        ["la"] = "LA", ["md"] = "MD", ["mass"] = "MA", ["mich"] = "MI", ["minn"] = "MN", ["miss"] = "MS", ["mo"] = "MO",
        ["mont"] = "MT", ["neb"] = "NE", ["nebr"] = "NE", ["nev"] = "NV", ["nh"] = "NH", ["nj"] = "NJ", ["nm"] = "NM",
        ["ny"] = "NY", ["nc"] = "NC", ["nd"] = "ND", ["okla"] = "OK", ["ore"] = "OR", ["pa"] = "PA", ["ri"] = "RI",
        ["sc"] = "SC", ["sd"] = "SD", ["tenn"] = "TN", ["tex"] = "TX", ["vt"] = "VT", ["va"] = "VA", ["wash"] = "WA",
        ["wva"] = "WV", ["wis"] = "WI", ["wyo"] = "WY", ["ida"] = "ID", ["dc"] = "DC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Short lower-case words allowed between a place the gazetteer lacks and the place that contains
    /// it ("Pier 33 in San Francisco", "Pangram area of Sarkh", "Pier 33, the location of Russia's
    /// Pacific fleet"); one of <see cref="ContainerPrepositions"/> must be among them.
    /// </summary>
    public const int MaxContainerGapWords = 4;

    /// <summary>Prepositions that put a place inside the next one.</summary>
    public static readonly FrozenSet<string> ContainerPrepositions = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "outside", "of", "inside"], StringComparer.Ordinal);

    /// <summary>
    /// Lower-case nouns that, right after a name, say the name is a place ("Kowloon West district",
    /// "the Gush Etzion settlement bloc", "Logar province"): a cue that an entity the tagger typed ORG
    /// is a place. Capitalised, they start an organisation's name ("Kowloon West District Council").
    /// </summary>
    public static readonly FrozenSet<string> PlaceNounsAfter = FrozenSet.ToFrozenSet(
    [
        "district", "county", "province", "prefecture", "oblast", "governorate", "municipality", "borough", "township",
        "neighborhood", "neighbourhood", "village", "suburb", "settlement", "region", "area", "town", "valley",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Nouns that, followed by "of", introduce a place's name ("Pangram area of Sarkh", "the village of
    /// X", "the outskirts of X"): the name after them is a place whatever the tagger typed it.
    /// </summary>
    public static readonly FrozenSet<string> PlaceNounsOf = FrozenSet.ToFrozenSet(
    [
        "area", "village", "town", "city", "district", "province", "region", "suburb", "suburbs", "outskirts",
        "neighborhood", "neighbourhood", "county", "municipality", "township", "hamlet",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Prepositions that put what follows in space ("clashes in Sarkh", "near Kowloon"). Weak alone:
    /// "in Congress" is an organisation; with a gazetteer entry of the name they make a place. "at"
    /// and "from" are left out: "at Google", "a spokesman from Reuters".
    /// </summary>
    public static readonly FrozenSet<string> LocativePrepositions = FrozenSet.ToFrozenSet(
        ["in", "near", "outside", "inside", "across", "around", "throughout"], StringComparer.Ordinal);

    /// <summary>
    /// Lower-case nouns after "Name's (Capitalised words)" that make the name the place a facility is
    /// in ("Forest Hill's WoodSpring Suites hotel", "Fort Worth's 6th Avenue").
    /// </summary>
    public static readonly FrozenSet<string> FacilityNouns = FrozenSet.ToFrozenSet(
    [
        "hotel", "motel", "airport", "station", "hospital", "prison", "jail", "park", "street", "avenue", "road",
        "square", "bridge", "stadium", "mall", "port", "harbor", "harbour", "market", "cemetery",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Last words (lookup form) of facilities that belong to one town: streets and local buildings
    /// ("6th Avenue", "Hoa Lo Prison", "Pier 33" — with a number after it). Such a facility with no
    /// container in the text is in the article's dominant country, or the nearest city named before
    /// it; a facility named otherwise ("the Pentagon", "the Kremlin") is often the metonym of a
    /// government far from the story's places, and gets no country from the article.
    /// </summary>
    public static readonly FrozenSet<string> LocalFacilityHeads = FrozenSet.ToFrozenSet(
    [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway", "freeway",
        "expressway", "parkway", "square", "plaza", "bridge", "pier", "wharf", "hotel", "motel", "inn", "suites",
        "prison", "jail", "airport", "station", "hospital", "mall", "stadium", "arena", "park", "market",
        "cemetery", "harbor", "harbour", "port", "terminal", "route", "interstate", "mosque", "cathedral", "temple",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words after a name that make it a town's own service ("Forest Hill police officers").</summary>
    public static readonly FrozenSet<string> MunicipalNounsAfter = FrozenSet.ToFrozenSet(
        ["police", "residents", "mayor", "council"], StringComparer.Ordinal);

    /// <summary>
    /// Words of organisation names (lookup form): an entity whose name holds one is an organisation
    /// even where a place cue surrounds it ("in Kabul University", "the Hong Kong Police Force district").
    /// </summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "university", "college", "school", "academy", "institute", "party", "police", "council", "ministry",
        "department", "bank", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "group", "association",
        "union", "committee", "agency", "court", "army", "forces", "force", "front", "league", "club", "fc",
        "news", "times", "post", "press", "foundation", "hospital", "church", "airlines", "airways", "fund",
        "commission", "authority", "office", "bureau", "service", "government", "parliament", "assembly",
        "congress", "senate", "federation", "organisation", "organization", "movement", "brigade", "network",
        "international", "holdings", "partners", "capital", "media", "tv", "radio", "journal", "review",
        "society", "centre", "center", "hotel", "suites", "stores", "motors", "systems", "technologies",
        "shelter", "museum", "library", "zoo", "clinic", "restaurant", "cafe", "store", "shop", "studio", "studios",
        "theatre", "theater", "festival", "team", "lab", "labs", "laboratory", "prison", "jail", "airport",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words that name a part of a place ("Kowloon West", "West Kowloon", "North Jakarta", "Greater
    /// Manchester"): without them the name is the containing place, whose country is the part's.
    /// "New" is not one: New York is not a part of York.
    /// </summary>
    public static readonly FrozenSet<string> PartWords = FrozenSet.ToFrozenSet(
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
        "lower", "greater", "inner", "outer", "northeast", "northwest", "southeast", "southwest", "downtown",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Last words of names of water and of regions larger than a country (lookup form): such a place
    /// has no country, so none is taken from the article ("South China Sea", "the Middle East").
    /// </summary>
    public static readonly FrozenSet<string> NoCountryHeads = FrozenSet.ToFrozenSet(
    [
        "sea", "ocean", "gulf", "bay", "strait", "straits", "channel", "river", "lake", "sound", "peninsula",
        "east", "west", "europe", "asia", "africa", "america", "americas", "arctic", "antarctica", "oceania",
        "pacific", "atlantic", "balkans", "caribbean", "caucasus", "sahel", "mediterranean", "world",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "the city's Hoa Lo prison", "the country's parliament": a possessive of a kind of place, whose
    /// referent is the nearest earlier place of that kind. Value: the gazetteer kinds it may be.
    /// </summary>
    public static readonly FrozenDictionary<string, Gazetteer.PlaceKind> AnaphoricPlaceNouns = new Dictionary<string, Gazetteer.PlaceKind>(StringComparer.Ordinal)
    {
        ["city"] = Gazetteer.PlaceKind.City, ["capital"] = Gazetteer.PlaceKind.City, ["town"] = Gazetteer.PlaceKind.City,
        ["country"] = Gazetteer.PlaceKind.Country, ["nation"] = Gazetteer.PlaceKind.Country,
        ["state"] = Gazetteer.PlaceKind.Admin1, ["province"] = Gazetteer.PlaceKind.Admin1, ["region"] = Gazetteer.PlaceKind.Admin1,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
