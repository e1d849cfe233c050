using System.Collections.Frozen;

namespace Newsgraph.Quotes.Cues;

/// <summary>A case-insensitive set of words that can be asked about a span of the text without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> words;

    public WordSet(IEnumerable<string> words) => this.words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public bool Contains(ReadOnlySpan<char> word) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool Contains(string word) => words.Contains(word);
}
