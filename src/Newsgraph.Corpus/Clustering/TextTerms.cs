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

    /// <summary>As <see cref="AddTerms(string, int, Dictionary{string, int})"/>, of a tokenised text.</summary>
    public static void AddTerms(List<WordToken> tokens, int repeat, Dictionary<string, int> counts)
    {
        foreach (var token in tokens)
        {
            if (token.IsNumber || token.Text.Length < MinTermChars)
            {
                continue;
            }

            string word = Fold(token.Text.ToLowerInvariant());
            if (word.Length < MinTermChars || StopWords.Words.Contains(word))
            {
                continue;
            }

            counts[word] = counts.GetValueOrDefault(word) + repeat;
        }
    }

    private static string Fold(string word)
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
