using System.Collections.Frozen;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// Party members named collectively ("Democrats", "the Tories") and party adjectives ("Republican
/// senator") stand for the party (gold convention: aliases of the party, an ORG). Only parties whose
/// member words are unambiguous in English news are listed.
/// </summary>
internal static class PartyNames
{
    public static readonly FrozenDictionary<string, string> PartyByMemberWord = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["democrats"] = "Democratic Party",
        ["democrat"] = "Democratic Party",
        ["democratic"] = "Democratic Party",
        ["democratic party"] = "Democratic Party",
        ["republicans"] = "Republican Party",
        ["republican"] = "Republican Party",
        ["republican party"] = "Republican Party",
        ["gop"] = "Republican Party",
        ["conservatives"] = "Conservative Party",
        ["conservative party"] = "Conservative Party",
        ["tories"] = "Conservative Party",
        ["tory"] = "Conservative Party",
        ["tory party"] = "Conservative Party",
        ["labour"] = "Labour Party",
        ["labour party"] = "Labour Party",
        ["liberal democrats"] = "Liberal Democrats",
        ["lib dems"] = "Liberal Democrats",
        ["liberal democrat"] = "Liberal Democrats",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
