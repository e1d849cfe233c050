using Newsgraph.Core.Documents;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Language.Tests;

/// <summary>Test helpers that show tokens as their text, so expectations read like the input.</summary>
internal static class TokenText
{
    /// <summary>The tokens of <paramref name="text"/> joined by " | ".</summary>
    public static string Of(string text) => string.Join(" | ", Tokenizer.Tokenize(text).Select(t => t.TextOf(text)));

    public static Token Single(string text, string tokenText)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Assert.Single(tokens, t => t.TextOf(text) == tokenText);
    }
}
