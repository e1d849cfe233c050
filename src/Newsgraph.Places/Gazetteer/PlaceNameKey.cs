using System.Globalization;
using System.Text;
using Newsgraph.Core.Text;

namespace Newsgraph.Places.Gazetteer;

/// <summary>
/// The lookup form of a place name: lower case, Latin accents folded ("São Paulo" = "Sao Paulo"),
/// periods and apostrophes dropped, hyphens and other punctuation as spaces, a leading "the"
/// dropped. "U.S." and "US" are equal here, and "Ho Chi Minh-City" and "ho chi minh city". The
/// gazetteer file stores names already in this form so loading only splits lines.
/// </summary>
public static class PlaceNameKey
{
    /// <summary>Names longer than this are not place names; the cap keeps hostile text cheap.</summary>
    public const int MaxLength = 80;

    public static string Of(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return "";
        }

        var key = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name)
        {
            if (c is '.' or '\'' or '\u2019' or '\u2018' or '\u00AD' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(Fold(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        string result = key.ToString();
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }

    private static string Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c).ToString();
        }

        switch (c)
        {
            case 'Æ' or 'æ':
                return "ae";
            case 'Œ' or 'œ':
                return "oe";
            case 'ß':
                return "ss";
            case 'Ø' or 'ø':
                return "o";
            case 'Đ' or 'đ' or 'Ð' or 'ð':
                return "d";
            case 'Ł' or 'ł':
                return "l";
            case 'Ħ' or 'ħ':
                return "h";
            case 'ı':
                return "i";
        }

        return char.ToLowerInvariant(LatinLetters.Base(c)).ToString();
    }
}
