using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Newsgraph.Language.Tokens;

/// <summary>Character tests the tokeniser needs, with an ASCII fast path: news text is mostly ASCII.</summary>
internal static class CharClass
{
    /// <summary>
    /// Separates tokens: white space (exactly <see cref="char.IsWhiteSpace(char)"/>), control
    /// characters, and invisible format characters that pages leave between words (zero-width
    /// space, byte-order mark, direction marks and embeddings, word joiner). Soft hyphen and
    /// zero-width (non-)joiner are not here: they sit inside words. A search set, so finding the
    /// end of a chunk is vectorised.
    /// </summary>
    public static readonly SearchValues<char> Separators = SearchValues.Create(BuildSeparators());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c <= ' ' || (c >= '\u007F' && Separators.Contains(c));

    private static string BuildSeparators()
    {
        var chars = new List<char>();
        for (char c = '\u0000'; c <= ' '; c++)
        {
            chars.Add(c);
        }

        for (char c = '\u007F'; c <= '\u00A0'; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\u2060', '\uFEFF']);
        for (char c = '\u2000'; c <= '\u200B'; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);
        return new string([.. chars]);
    }

    /// <summary>
    /// Width (1 or 2 code units) of the letter, digit or combining mark at <paramref name="i"/>, or 0
    /// when it is none of those. CJK ideographs and kana are not word characters: they get tokens of
    /// their own, since those scripts put no spaces between words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordCharWidth(string text, int i)
    {
        char c = text[i];
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        return NonAsciiWordCharWidth(text, i, c);
    }

    private static int NonAsciiWordCharWidth(string text, int i, char c)
    {
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                return !IsSupplementaryIdeograph(codePoint) && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(codePoint)) ? 2 : 0;
            }

            return 0;
        }

        if (IsIdeograph(c) || IsKana(c))
        {
            return 0;
        }

        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    /// <summary>Letters, combining marks and numbers (categories Lu … No).</summary>
    private static bool IsWordCategory(UnicodeCategory category) => category <= UnicodeCategory.OtherNumber;

    /// <summary>Characters that join the letters of one word without being letters: soft hyphen, zero-width (non-)joiner.</summary>
    public static bool IsInWordJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    /// <summary>CJK unified ideographs (basic, extension A, compatibility) and the iteration marks 々 and 〇.</summary>
    public static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3005' or '\u3007';

    /// <summary>CJK ideographs outside the BMP: extensions B to H and the compatibility supplement (planes 2 and 3).</summary>
    public static bool IsSupplementaryIdeograph(int codePoint) => codePoint is >= 0x20000 and <= 0x3FFFF;

    /// <summary>Hiragana, katakana (with the prolonged sound mark), katakana extensions and half-width katakana.</summary>
    public static bool IsKana(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F');

    public static bool IsAsciiDigit(char c) => char.IsAsciiDigit(c);

    public static bool IsUpper(char c) => c < 0x80 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    public static bool IsLower(char c) => c < 0x80 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    public static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>Apostrophes that join a word to its clitic or sit inside a name: ' and ’ (and the modifier-letter apostrophe).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Hyphens that join the parts of a compound word: hyphen-minus, hyphen, non-breaking hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Dashes that stand apart from words: figure, en and em dash, horizontal bar, two- and three-em dash.</summary>
    public static bool IsDash(char c) => c is (>= '\u2012' and <= '\u2015') or '\u2E3A' or '\u2E3B' or '\uFE58' or '\uFE63' or '\uFF0D';

    /// <summary>Quotation marks, straight and typographic, Western and CJK.</summary>
    public static bool IsQuote(char c) =>
        c is '"' or '\'' or '`' or '\u00AB' or '\u00BB' or (>= '\u2018' and <= '\u201F') or '\u2039' or '\u203A'
            or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\uFF02' or '\uFF07';

    /// <summary>Signs that may stand before a number as part of it: minus, plus, the minus sign.</summary>
    public static bool IsNumberSign(char c) => c is '-' or '+' or '\u2212';
}
