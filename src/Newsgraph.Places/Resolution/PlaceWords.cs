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
}
