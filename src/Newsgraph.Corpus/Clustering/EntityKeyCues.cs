using System.Collections.Frozen;

namespace Newsgraph.Corpus.Clustering;

/// <summary>Word tables of the capitalised-name stand-in for real entities.</summary>
internal static class EntityKeyCues
{
    /// <summary>Lower-case words that may sit inside a name ("Bank of America", "Abu al Hassan",
    /// "Ludwig van Beethoven") without ending it.</summary>
    public static readonly FrozenSet<string> NameConnectors = new[]
    {
        "of", "de", "del", "della", "da", "di", "du", "al", "el", "bin", "ibn", "van", "von", "der", "den", "la", "le",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are not names: titles and honorifics, months and days (dates are
    /// kept as numbers instead), and generic heads that any story of a kind shares ("Police", "Court").
    /// Without them "Police Chief" or "Superior Court" would count as shared entities between two
    /// different events of the same kind.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "mr", "mrs", "ms", "dr", "sir", "gov", "sen", "rep", "gen", "col", "capt", "lt", "sgt", "st", "jr", "sr",
        "president", "governor", "senator", "minister", "prime", "secretary", "chief", "judge", "mayor",
        "officer", "police", "department", "court", "superior", "county", "city", "state", "federal",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "associated", "press", "reuters", "afp", "ap", "updated", "posted", "photo", "video", "image", "copyright",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Numbers this short are counts and list positions that any story has ("two", "3");
    /// longer ones (ages, years, tolls, magnitudes such as 6.1) tell events apart.</summary>
    public const int MinNumberChars = 2;

    /// <summary>Sentences that make up the lead, whose names count double: news puts who and where
    /// of the event in the first sentence or two.</summary>
    public const int LeadSentences = 2;

    /// <summary>Name parts shorter than this are initials or particles, not surnames.</summary>
    public const int MinNamePartChars = 3;
}
