namespace Newsgraph.Core.Text;

/// <summary>
/// Which language a text is written in, from its letters alone: the script first (kana → ja,
/// Hangul → ko, Han → zh, Cyrillic → ru or uk, Arabic → ar or fa, Hebrew, Greek, Thai,
/// Devanagari), then, for Latin-script text, a vote of function words (<see cref="LanguageStopwords"/>).
/// One identifier for the product: extraction names the article's language with it, the language
/// stage decides with it whether English NLP may run.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Fewer letters than this say nothing about the language.</summary>
    public const int MinLetters = 40;

    /// <summary>The longest word looked up; longer words are never function words.</summary>
    private const int MaxWordLength = 24;

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        LanguageStopwords.LanguageMask.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The language of <paramref name="text"/>, or null when it is too short or too mixed to tell:
    /// a Latin-script winner needs <paramref name="minHits"/> function words and a clear margin.</summary>
    public static string? Identify(ReadOnlySpan<char> text, int minHits) => Vote(text).Winner(minHits);

    /// <summary>Counts the scripts and the function words of every language in one pass.</summary>
    public static LanguageVote Vote(ReadOnlySpan<char> text)
    {
        int latin = 0, kana = 0, hangul = 0, han = 0, cyrillic = 0, ukrainian = 0, arabic = 0, persian = 0, hebrew = 0, greek = 0, thai = 0, devanagari = 0;
        var hits = new int[LanguageStopwords.Languages.Length];
        Span<char> word = stackalloc char[MaxWordLength];
        int length = 0, words = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (length < MaxWordLength)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
                CountScript(c, ref latin, ref kana, ref hangul, ref han, ref cyrillic, ref ukrainian, ref arabic, ref persian, ref hebrew, ref greek, ref thai, ref devanagari);
                continue;
            }

            if (length > 0)
            {
                words++;
                if (length <= MaxWordLength && Lookup.TryGetValue(word[..length], out int mask))
                {
                    for (int l = 0; l < hits.Length; l++)
                    {
                        if ((mask & (1 << l)) != 0)
                        {
                            hits[l]++;
                        }
                    }
                }
            }

            length = 0;
        }

        int cjk = kana + han + hangul;
        int letters = latin + cjk + cyrillic + arabic + hebrew + greek + thai + devanagari;
        string? script = null;
        if (letters >= MinLetters)
        {
            // Kana marks Japanese even in Han-heavy text; CJK characters carry a word each, so they weigh more than letters.
            if (cjk * 3 > latin)
            {
                script = kana * 10 > cjk ? "ja" : hangul > han ? "ko" : "zh";
            }
            else
            {
                var (name, count) = new[] { ("cyr", cyrillic), ("ar", arabic), ("he", hebrew), ("el", greek), ("th", thai), ("hi", devanagari) }.MaxBy(x => x.Item2);
                if (count > latin)
                {
                    script = name switch
                    {
                        "cyr" => ukrainian * 50 > cyrillic ? "uk" : "ru",
                        "ar" => persian * 20 > arabic ? "fa" : "ar",
                        _ => name,
                    };
                }
            }
        }

        return new LanguageVote(script, letters, words, hits);
    }

    private static void CountScript(char c, ref int latin, ref int kana, ref int hangul, ref int han, ref int cyrillic, ref int ukrainian,
        ref int arabic, ref int persian, ref int hebrew, ref int greek, ref int thai, ref int devanagari)
    {
        switch (c)
        {
            case < '\u0080':
                latin++;
                break;
            case >= '\u3040' and <= '\u30FF':
                kana++;
                break;
            case >= '\uAC00' and <= '\uD7AF':
                hangul++;
                break;
            case >= '\u4E00' and <= '\u9FFF':
                han++;
                break;
            case >= '\u0400' and <= '\u04FF':
                cyrillic++;
                if (c is 'ї' or 'є' or 'ґ' or 'і')
                {
                    ukrainian++;
                }

                break;
            case >= '\u0600' and <= '\u06FF':
                arabic++;
                if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی')
                {
                    persian++;
                }

                break;
            case >= '\u0590' and <= '\u05FF':
                hebrew++;
                break;
            case >= '\u0370' and <= '\u03FF':
                greek++;
                break;
            case >= '\u0E00' and <= '\u0E7F':
                thai++;
                break;
            case >= '\u0900' and <= '\u097F':
                devanagari++;
                break;
            default:
                latin++;
                break;
        }
    }
}
