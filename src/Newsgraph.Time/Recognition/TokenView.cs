using System.Collections.Frozen;
using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// The tokens of one sentence, read as words: case-insensitive comparison without allocating, and
/// look-ups in the lexicon tables. Indexes are token indexes into the document's token layer;
/// anything outside the sentence reads as absent, so no pattern looks past its sentence.
/// </summary>
internal sealed class TokenView(string text, ImmutableArray<Token> tokens, int first, int end)
{
    public string Text => text;

    public int First => first;

    public int End => end;

    public bool Has(int i) => i >= first && i < end;

    public Token this[int i] => tokens[i];

    public ReadOnlySpan<char> At(int i) => Has(i) ? tokens[i].In(text) : [];

    public TokenKind Kind(int i) => tokens[i].Kind;

    public bool Is(int i, string word) => Has(i) && At(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int i, FrozenSet<string> words) => Has(i) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(At(i));

    public bool TryGet<T>(int i, FrozenDictionary<string, T> table, out T value)
    {
        value = default!;
        return Has(i) && table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(TrimPeriod(At(i)), out value!);
    }

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalised(int i) => Has(i) && char.IsUpper(At(i)[0]);

    /// <summary>True when the token is a word (letters), not a number or punctuation.</summary>
    public bool IsWord(int i) => Has(i) && Kind(i) is TokenKind.Word or TokenKind.Abbreviation;

    public bool IsPunctuation(int i, char c) => Has(i) && At(i) is [var only] && only == c;

    /// <summary>True when the tokens touch (no space between): "mid" "-" "2011".</summary>
    public bool Touch(int left, int right) => Has(left) && Has(right) && tokens[left].End == tokens[right].Start;

    /// <summary>"Sept." → "Sept": abbreviation periods do not matter for look-ups.</summary>
    public static ReadOnlySpan<char> TrimPeriod(ReadOnlySpan<char> word) =>
        word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
}
