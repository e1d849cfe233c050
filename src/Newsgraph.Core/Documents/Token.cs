namespace Newsgraph.Core.Documents;

/// <summary>
/// One token of <see cref="Document.Text"/>: the half-open range [Start, End) of UTF-16 code units
/// and its kind. A compact value (12 bytes) so an article's tokens sit in one array.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/> (the document text), without allocating.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>The token's characters as a new string.</summary>
    public string TextOf(string text) => text.Substring(Start, End - Start);
}
