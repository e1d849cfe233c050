using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The article's primary language subtag: from the script of the text (kana → ja, Hangul → ko,
/// Han → zh, Cyrillic → ru, Arabic → ar …), else by a stopword vote over Latin-script text. The
/// page's declared language (html lang, content-language, og:locale, JSON-LD inLanguage) decides
/// when the text is too short, and is what the vote must clearly beat.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        LanguageCues.LanguageMask.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Fewer letters than this say nothing about the language.</summary>
    private const int MinLetters = 40;

    public static string? Resolve(string bodyText, string? titleText, PageScan scan, JsonLdData ld)
    {
        string? declared = Primary(scan.HtmlLang) ?? Primary(scan.First("content-language")) ?? Primary(scan.First("og:locale")) ?? Primary(ld.Language) ?? Primary(scan.First("language"));
        string sample = bodyText.Length >= 200 ? bodyText : (titleText + " " + bodyText);
        if (Guess(sample, LanguageCues.MinHits) is { } guessed)
        {
            return guessed;
        }

        // Nothing declared: the headline and description are better than no answer.
        return declared ?? Guess(titleText + " " + scan.First("og:description") + " " + scan.First("description") + " " + bodyText, LanguageCues.MinHitsUndeclared);
    }

    /// <summary>The language the text is written in, or null when it is too short to tell.</summary>
    public static string? Guess(string text, int minHits = LanguageCues.MinHits)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, LanguageCues.SampleChars));
        int latin = 0, kana = 0, hangul = 0, han = 0, cyrillic = 0, ukrainian = 0, arabic = 0, persian = 0, hebrew = 0, greek = 0, thai = 0, devanagari = 0;
        foreach (char c in span)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
            }
            else if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }
            else if (c is >= '\uAC00' and <= '\uD7AF')
            {
                hangul++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if (c is 'ї' or 'є' or 'ґ' or 'і')
                {
                    ukrainian++;
                }
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی')
                {
                    persian++;
                }
            }
            else if (c is >= '\u0590' and <= '\u05FF')
            {
                hebrew++;
            }
            else if (c is >= '\u0370' and <= '\u03FF')
            {
                greek++;
            }
            else if (c is >= '\u0E00' and <= '\u0E7F')
            {
                thai++;
            }
            else if (c is >= '\u0900' and <= '\u097F')
            {
                devanagari++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
        }

        int cjk = kana + han + hangul;
        int total = latin + cjk + cyrillic + arabic + hebrew + greek + thai + devanagari;
        if (total < MinLetters)
        {
            return null;
        }

        // Kana marks Japanese even in Han-heavy text; CJK characters carry a word each, so they weigh more than letters.
        if (cjk * 3 > latin)
        {
            return kana * 10 > cjk ? "ja" : hangul > han ? "ko" : "zh";
        }

        var (script, count) = new[] { ("cyr", cyrillic), ("ar", arabic), ("he", hebrew), ("el", greek), ("th", thai), ("hi", devanagari) }.MaxBy(x => x.Item2);
        if (count > latin)
        {
            return script switch
            {
                "cyr" => ukrainian * 50 > cyrillic ? "uk" : "ru",
                "ar" => persian * 20 > arabic ? "fa" : "ar",
                _ => script,
            };
        }

        return VoteLatin(span, minHits);
    }

    private static string? VoteLatin(ReadOnlySpan<char> text, int minHits)
    {
        var hits = new int[LanguageCues.Stopwords.Length];
        Span<char> word = stackalloc char[24];
        int len = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (len < word.Length)
                {
                    word[len] = char.ToLowerInvariant(c);
                }

                len++;
                continue;
            }

            if (len is > 0 and <= 24 && Lookup.TryGetValue(word[..len], out int mask))
            {
                for (int l = 0; l < hits.Length; l++)
                {
                    if ((mask & (1 << l)) != 0)
                    {
                        hits[l]++;
                    }
                }
            }

            len = 0;
        }

        int best = -1, second = 0;
        for (int l = 0; l < hits.Length; l++)
        {
            if (best < 0 || hits[l] > hits[best])
            {
                if (best >= 0)
                {
                    second = Math.Max(second, hits[best]);
                }

                best = l;
            }
            else
            {
                second = Math.Max(second, hits[l]);
            }
        }

        return best >= 0 && hits[best] >= minHits && hits[best] >= second * LanguageCues.MinMargin ? LanguageCues.Stopwords[best].Language : null;
    }

    /// <summary>"en-US" → "en", "pt_BR" → "pt".</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var t = tag.Trim();
        int cut = t.IndexOfAny(['-', '_', ',', ';', ' ']);
        string primary = (cut > 0 ? t[..cut] : t).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
