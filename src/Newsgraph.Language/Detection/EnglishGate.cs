using Newsgraph.Core.Documents;

namespace Newsgraph.Language.Detection;

/// <summary>
/// Decides whether a document gets English NLP. A declared language other than English wins;
/// otherwise a cheap look at the start of the text: mostly non-Latin letters, or clearly more
/// function words of another Latin-script language than of English, means it is not English.
/// Pages often declare "en" from a template whatever their text, so the text check runs even
/// when "en" is declared. Without evidence of another language the text counts as English, so
/// lists, box scores and recipes (few function words of any language) keep their NLP.
/// </summary>
internal static class EnglishGate
{
    /// <summary>How much text is looked at: enough words to judge, bounded cost on huge inputs.</summary>
    private const int SampleChars = 20_000;

    /// <summary>Fewer letters than this (a headline, a caption) and the script test has too little to go on.</summary>
    private const int MinLettersForScript = 40;

    /// <summary>Text whose letters are less than half Latin is not English (Cyrillic, Arabic, CJK …).</summary>
    private const double MinLatinShare = 0.5;

    /// <summary>Fewer words than this and the function-word test is too noisy: short texts are given the benefit of the doubt.</summary>
    private const int MinWordsForFunctionWords = 40;

    /// <summary>
    /// Share of words in <see cref="OtherLanguageFunctionWords"/> from which text reads as another
    /// language: running text in those languages has 8–25 %, English news under 1 % (names, quotes).
    /// </summary>
    private const double MinOtherLanguageShare = 0.05;

    /// <summary>… and only when those words outnumber the English function words this many times (English text quoting French is still English).</summary>
    private const double OtherOverEnglishRatio = 2.0;

    /// <summary>Longest word the function-word test lowercases; longer ones cannot be function words.</summary>
    private const int MaxFunctionWordLength = 16;

    public static DetectedLanguage Decide(string text, string? declaredLanguage)
    {
        string? declared = PrimarySubtag(declaredLanguage);
        if (declared is not null && LanguageCodes.NoLanguage.Contains(declared))
        {
            declared = null;
        }

        if (declared is not null && !LanguageCodes.English.Contains(declared))
        {
            return new DetectedLanguage(declared, IsEnglish: false, LanguageEvidence.Metadata);
        }

        if (!LooksEnglish(text.AsSpan(0, Math.Min(text.Length, SampleChars))))
        {
            return new DetectedLanguage("und", IsEnglish: false, LanguageEvidence.Text);
        }

        return new DetectedLanguage("en", IsEnglish: true, declared is null ? LanguageEvidence.Text : LanguageEvidence.Metadata);
    }

    /// <summary>"en-GB" → "en", "pt_BR" → "pt", blank → null.</summary>
    internal static string? PrimarySubtag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var span = language.AsSpan().Trim();
        int cut = span.IndexOfAny('-', '_');
        if (cut >= 0)
        {
            span = span[..cut];
        }

        return span.Length == 0 ? null : span.ToString().ToLowerInvariant();
    }

    internal static bool LooksEnglish(ReadOnlySpan<char> sample)
    {
        int latin = 0, other = 0, words = 0, english = 0, foreign = 0;
        Span<char> lower = stackalloc char[MaxFunctionWordLength];
        int i = 0;
        while (i < sample.Length)
        {
            char c = sample[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                char ch = sample[i];
                if (IsLatin(ch))
                {
                    latin++;
                }
                else
                {
                    other++;
                }

                i++;
            }

            words++;
            int length = i - start;
            if (length <= MaxFunctionWordLength)
            {
                var word = lower[..length];
                sample.Slice(start, length).ToLowerInvariant(word);
                if (EnglishFunctionWords.Contains(word))
                {
                    english++;
                }
                else if (OtherLanguageFunctionWords.Contains(word))
                {
                    foreign++;
                }
            }
        }

        if (latin + other >= MinLettersForScript && latin < (latin + other) * MinLatinShare)
        {
            return false;
        }

        return words < MinWordsForFunctionWords
            || foreign < words * MinOtherLanguageShare
            || foreign <= english * OtherOverEnglishRatio;
    }

    /// <summary>Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional letters.</summary>
    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';
}
