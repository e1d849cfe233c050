using System.Collections.Frozen;

namespace Newsgraph.Language.Tokens;

/// <summary>
/// English clitics split off their host, as the Penn Treebank does, so a possessive or a negation
/// is its own token for later stages: "Russia’s" → "Russia" "’s", "don't" → "do" "n't",
/// "they're" → "they" "'re". Matched case-insensitively after the last apostrophe.
/// </summary>
internal static class Clitics
{
    /// <summary>What may follow the apostrophe of a clitic: possessive/is/has, are, have, will, would/had, am.</summary>
    public static readonly FrozenSet<string> AfterApostrophe = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["s", "re", "ve", "ll", "d", "m"]);

    public static bool IsApostropheSuffix(ReadOnlySpan<char> suffix) => Lookup.Contains(suffix);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        AfterApostrophe.GetAlternateLookup<ReadOnlySpan<char>>();
}
