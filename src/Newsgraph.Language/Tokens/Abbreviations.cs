using System.Collections.Frozen;

namespace Newsgraph.Language.Tokens;

/// <summary>
/// Words that keep their period as part of the token. Matched case-sensitively, without the
/// period, so "Gov." is a title but "gov." (in a domain or a sentence-final word) is not.
/// Acronyms written with periods ("U.S.", "D.C.", "e.g.", "a.m.", "Ph.D.") and single-capital initials
/// ("F." in "John F. Kennedy") are recognised by their shape instead and need no entry here.
/// </summary>
internal static class Abbreviations
{
    /// <summary>
    /// Titles and other abbreviations that stand before a name or number and so never end a
    /// sentence: "Sen. Warren", "Gov. Newsom", "St. Louis", "Gen. Milley", "Ft. Worth".
    /// The sentence splitter never splits after these.
    /// </summary>
    public static readonly FrozenSet<string> BeforeName = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Hon", "Fr", "Msgr", "Sr", "Sra", "Srta",
        "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Pres", "Atty", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
        "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Spc", "Supt", "Det", "Insp", "Amb", "Sec", "Treas", "Rt",
        "St", "Ste", "Mt", "Ft", "Pt",
    ]);

    /// <summary>
    /// Abbreviations that keep their period only before a number: "No. 1", "Nos. 3 and 4", "Art. 5",
    /// "Vol. 2", "p. 12", "c. 1818" (circa). Elsewhere "No." is the word "no" ending a sentence.
    /// </summary>
    public static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(StringComparer.Ordinal,
    [
        "No", "Nos", "no", "nos", "Art", "art", "Vol", "vol", "Ch", "ch", "Sec", "Fig", "fig", "p", "pp", "Op", "op", "c", "ca",
    ]);

    /// <summary>
    /// Abbreviations that often close a sentence as well as sit inside one: company suffixes, name
    /// suffixes, months, AP-style U.S. state abbreviations, Latin shorthand. The splitter ends a
    /// sentence after one of these only when a clear sentence opener follows ("Inc. The …").
    /// Weekday forms "Sat"/"Sun" are left out: "the Sun." (the newspaper) ends sentences far more often.
    /// </summary>
    public static readonly FrozenSet<string> Other = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Companies and organisations.
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Assoc", "Dept", "Univ", "Inst", "Intl", "Natl", "Govt",
        // Name suffixes.
        "Jr", "Sr", "Esq",
        // Months (AP style abbreviates these before a day) and weekdays.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        // AP-style U.S. state abbreviations ("Springfield, Ill."); two-letter ones with periods ("N.Y.") are acronyms.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        // Streets and places.
        "Ave", "Blvd", "Rd", "Hwy", "Sq", "Ln", "Pl",
        // Latin and general shorthand.
        "etc", "vs", "v", "al", "approx", "est", "ca", "cf", "viz", "Dist",
    ]);

    /// <summary>True when <paramref name="word"/> (without its period) keeps its period in any position.</summary>
    public static bool Keeps(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength && (BeforeNameLookup.Contains(word) || OtherLookup.Contains(word));

    public static bool IsBeforeName(ReadOnlySpan<char> word) => word.Length <= MaxLength && BeforeNameLookup.Contains(word);

    public static bool IsBeforeNumber(ReadOnlySpan<char> word) => word.Length <= MaxLength && BeforeNumberLookup.Contains(word);

    /// <summary>Longest entry of any table: longer words skip the lookups (most words before a period are longer).</summary>
    private static readonly int MaxLength = BeforeName.Concat(BeforeNumber).Concat(Other).Max(w => w.Length);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNameLookup =
        BeforeName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup =
        Other.GetAlternateLookup<ReadOnlySpan<char>>();
}
