namespace Newsgraph.Corpus.Text;

/// <summary>
/// Splits text into words and numbers in one linear scan, noting capitalisation and sentence starts
/// (which the entity stand-in needs). Apostrophes and hyphens inside a word stay in it.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6);
        bool sentenceStart = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                bool number = char.IsDigit(c);
                i++;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (IsInnerJoiner(d, number) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (!number || char.IsDigit(text[i + 1])))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                string word = text[start..i];
                tokens.Add(new WordToken(word, char.IsUpper(c), sentenceStart, number));
                sentenceStart = false;
            }
            else
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '|' or '•')
                {
                    sentenceStart = true;
                }

                i++;
            }
        }

        return tokens;
    }

    /// <summary>Characters that keep a token going when a letter or digit follows: "co-worker",
    /// "Lohan's", "6.1", "1,300".</summary>
    private static bool IsInnerJoiner(char c, bool inNumber) =>
        inNumber ? c is '.' or ',' : c is '\'' or '’' or '-';
}
