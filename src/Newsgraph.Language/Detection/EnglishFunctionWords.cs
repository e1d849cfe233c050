using System.Collections.Frozen;

namespace Newsgraph.Language.Detection;

/// <summary>
/// Frequent English function words that are rare as words in the other languages written in Latin
/// script. Running English news has a fifth to a third of its words in this list, text in other
/// languages under one percent; weighed against <see cref="OtherLanguageFunctionWords"/>. Words
/// that are also common elsewhere are left out on purpose: "a", "in", "is", "on", "an", "die", "de", "me", "son".
/// </summary>
internal static class EnglishFunctionWords
{
    public static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "of", "and", "to", "that", "for", "it", "with", "as", "was", "be", "by", "at", "this", "are",
        "from", "have", "has", "had", "not", "but", "or", "they", "he", "she", "his", "her", "their", "which",
        "were", "been", "will", "would", "said", "who", "what", "when", "there", "after", "about", "more",
        "than", "also", "its", "we", "you", "our", "can", "could", "if", "into", "over", "some", "other",
        "them", "these", "those", "before", "because", "while", "should", "did", "does", "such",
    ]);

    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) => Lookup.Contains(lowerCaseWord);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
