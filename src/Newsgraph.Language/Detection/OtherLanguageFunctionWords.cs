using System.Collections.Frozen;

namespace Newsgraph.Language.Detection;

/// <summary>
/// Frequent function words of other languages written in Latin script (German, French, Spanish,
/// Portuguese, Italian, Dutch, Indonesian/Malay, the Scandinavian languages, Polish, Czech,
/// Romanian, Turkish, Hungarian, Vietnamese). Text is judged "not English" only on positive
/// evidence of another language: English lists, box scores and recipes have few English function
/// words too, but none of these. Words that are also English ("die", "is", "in", "on", "a", "an",
/// "do", "no", "me", "per", "also", "will", "van", "den", "con", "to") are left out, and so are
/// single letters, which clitics and initials produce in English.
/// </summary>
internal static class OtherLanguageFunctionWords
{
    public static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        // German
        "der", "das", "und", "ist", "nicht", "mit", "von", "zu", "sich", "auch", "ein", "eine", "dem", "des", "für",
        "auf", "wird", "werden", "wurde", "sie", "bei", "nach", "aus", "wie", "oder",
        // French
        "le", "la", "les", "est", "et", "une", "un", "du", "dans", "pour", "que", "qui", "pas", "sur", "au", "avec",
        "ce", "il", "elle", "sont", "ont", "aux", "été",
        // Spanish
        "el", "los", "las", "del", "en", "por", "para", "una", "se", "lo", "su", "como", "más", "pero", "fue", "según",
        // Portuguese
        "os", "da", "dos", "das", "em", "na", "não", "com", "uma", "ao", "pelo", "pela", "foi", "são", "mais",
        // Italian
        "di", "che", "è", "della", "sono", "nel", "gli", "alla", "anche", "delle", "dei",
        // Dutch
        "het", "een", "niet", "zijn", "met", "voor", "op", "dat", "ook", "wordt", "naar",
        // Indonesian and Malay
        "yang", "dan", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "adalah", "juga",
        "ke", "atau", "oleh", "sudah", "bisa",
        // Swedish, Danish, Norwegian
        "och", "att", "det", "som", "är", "på", "för", "af", "og", "er", "ikke", "til", "av", "ett",
        // Polish, Czech
        "się", "nie", "jest", "że", "jak", "przez", "je", "že", "které", "jsou",
        // Romanian
        "și", "în", "pe", "cu", "care", "este",
        // Turkish
        "ve", "bir", "bu", "için", "ile", "olarak",
        // Hungarian
        "az", "és", "hogy", "nem", "egy",
        // Vietnamese
        "của", "và", "là", "các", "những", "được", "trong", "có", "cho", "với",
    ]);

    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) => Lookup.Contains(lowerCaseWord);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
