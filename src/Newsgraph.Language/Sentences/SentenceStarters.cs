using System.Collections.Frozen;

namespace Newsgraph.Language.Sentences;

/// <summary>
/// Capitalised words that open English sentences far more often than they continue a name or a
/// title. After an abbreviation that can end a sentence ("U.S.", "D.C.", "Inc.", "Jr.", an initial)
/// the splitter ends the sentence only when one of these follows: "… in Washington, D.C. His
/// writing …" splits, "… the U.S. Navy …" and "John F. Kennedy" do not. Pronouns, determiners,
/// conjunctions and the adverbs and prepositions that news sentences commonly open with.
/// </summary>
internal static class SentenceStarters
{
    public static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Pronouns and possessives.
        "I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their", "My", "Your",
        // Determiners and quantifiers.
        "The", "A", "An", "This", "That", "These", "Those", "Some", "Many", "Most", "Several", "Both", "All",
        "Each", "Every", "Such", "Another", "Other", "Few", "No", "Any",
        // Conjunctions and sentence adverbs.
        "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also", "Instead", "Moreover",
        "Nonetheless", "Nevertheless", "Furthermore", "Otherwise", "Thus", "Then", "Now", "Later", "Earlier",
        "Today", "Yesterday", "Tomorrow", "Last", "Next", "Since", "Because", "Although", "Though", "While",
        "When", "If", "As", "After", "Before", "During", "Despite", "According", "Asked", "Here", "There",
        // Question words.
        "What", "Who", "Why", "How", "Where", "Which",
        // Prepositions that open a clause-initial phrase.
        "In", "On", "At", "For", "From", "By", "With", "Without", "Under", "Over", "Among", "Amid",
    ]);

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
}
