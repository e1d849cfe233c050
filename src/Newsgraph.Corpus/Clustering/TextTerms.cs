using System.Runtime.InteropServices;
using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Clustering;

/// <summary>
/// The words of an article's text vector: lower-cased, stop words and bare numbers dropped (figures
/// are entity keys), a plural or possessive "s" folded so "cable"/"cables" meet.
/// </summary>
internal static class TextTerms
{
    /// <summary>Shorter words are mostly function words and abbreviations that IDF cannot yet judge.</summary>
    private const int MinTermChars = 3;

    public static void AddTerms(string text, int repeat, Dictionary<string, int> counts) =>
        AddTerms(WordTokenizer.Tokenize(text), repeat, counts);

    /// <summary>As <see cref="AddTerms(string, int, Dictionary{string, int})"/>, of a tokenised text.
    /// Each word is lower-cased and folded in a buffer and looked up as a span: most words of a text
    /// repeat or are stop words, and only a new term becomes a string (ingest counts every article's
    /// words on its workers). The counts, and the order terms first appear in, are the same.</summary>
    public static void AddTerms(List<WordToken> tokens, int repeat, Dictionary<string, int> counts)
    {
        var stopWords = StopWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var token in tokens)
        {
            if (token.IsNumber || token.Text.Length < MinTermChars)
            {
                continue;
            }

            var lower = token.Text.Length <= buffer.Length ? buffer[..token.Text.Length] : new char[token.Text.Length];
            token.Text.AsSpan().ToLowerInvariant(lower);
            var word = Fold(lower);
            if (word.Length < MinTermChars || stopWords.Contains(word))
            {
                continue;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(terms, word, out _) += repeat;
        }
    }

    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i')
        {
            return word[..^1];
        }

        return word;
    }
}
