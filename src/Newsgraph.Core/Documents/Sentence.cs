namespace Newsgraph.Core.Documents;

/// <summary>
/// One sentence: the range [Start, End) of <see cref="Document.Text"/> from its first token's start
/// to its last token's end, and the tokens it covers (<see cref="FirstToken"/> is an index into the
/// <see cref="LanguageLayers.Tokens"/> layer). Sentences cover every token, in order, without overlap.
/// </summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int Length => End - Start;

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    public TextSpan Span => new(Start, End);
}
