using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Language.Tokens;

/// <summary>
/// Splits news English into tokens with exact UTF-16 offsets. One pass, linear in the text length
/// whatever the input (a 5 MB "word" included); never throws for any string. See docs/language.md.
/// </summary>
public static class Tokenizer
{
    /// <summary>Roughly one token per five characters of news English; sizing the buffer once avoids most regrowth.</summary>
    private const int CharsPerTokenGuess = 5;

    public static ImmutableArray<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer(text.Length / CharsPerTokenGuess);
        new TokenScanner(text, buffer).Run(cancellationToken);
        return buffer.ToImmutable();
    }
}
