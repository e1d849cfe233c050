using System.Collections.Frozen;

namespace Newsgraph.Events;

/// <summary>
/// The modes each PLOVER type admits (PLOVER_structured_codebook_updated.csv, plus the modes the
/// synthetic training labels use). A mode the classifier proposes is kept only when its type admits it.
/// </summary>
internal static class PloverModes
{
    public static readonly FrozenDictionary<string, FrozenSet<string>> ByType = new Dictionary<string, FrozenSet<string>>
    {
        ["CONSULT"] = Set("visit", "third-party", "multilateral", "phone"),
        ["RETREAT"] = Set("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
        ["REQUEST"] = Set("assist", "change", "yield", "meet"),
        ["ACCUSE"] = Set("disapprove", "investigate", "allege"),
        ["REJECT"] = Set("assist", "change", "yield", "meet"),
        ["THREATEN"] = Set("restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"),
        ["PROTEST"] = Set("demo", "riot", "strike", "hunger", "boycott", "obstruct"),
        ["SANCTION"] = Set("convict", "expel", "withdraw", "discontinue"),
        ["MOBILIZE"] = Set("troops", "weapons", "police", "militia"),
        ["COERCE"] = Set("seize", "restrict", "ban", "censor", "curfew", "arrest", "deport", "withhold", "misinformation", "cyber", "martial-law"),
        ["ASSAULT"] = Set("firearms", "heavy-weapons", "massacre", "abduct", "beat", "torture", "aerial", "drone", "explosives", "primitive", "destroy", "execute", "assassinate", "suicide-attack", "sexual", "cleansing", "crowd-control", "unconventional"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The training labels' spellings that differ from the codebook's.</summary>
    private static readonly FrozenDictionary<string, string> Spelling = new Dictionary<string, string>
    {
        ["primative"] = "primitive",
        ["siege"] = "seize",
        ["sieze"] = "seize",
        ["demo"] = "demo",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string? Admitted(string type, string? mode)
    {
        if (string.IsNullOrEmpty(mode))
        {
            return null;
        }

        string normal = Spelling.GetValueOrDefault(mode, mode);
        return ByType.TryGetValue(type, out var modes) && modes.Contains(normal) ? normal : null;
    }

    private static FrozenSet<string> Set(params string[] modes) => modes.ToFrozenSet(StringComparer.Ordinal);
}
