using Newsgraph.Core.Documents;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Language.Tests;

/// <summary>Test helpers that show sentences as their text.</summary>
internal static class SentenceText
{
    public static IReadOnlyList<string> Of(string text, IReadOnlyList<Block>? blocks = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens.AsSpan(), blocks).Select(s => text[s.Start..s.End]).ToList();
    }
}
