using System.Net;
using System.Text;

namespace Newsgraph.Extraction.Html.Dom;

/// <summary>
/// Decodes character references ("&amp;amp;", "&amp;#8217;", "&amp;#x2019;") the way the HTML
/// tokenizer does for the cases pages use: numeric references (with the windows-1252 remapping of
/// 0x80–0x9F), named references with a semicolon (the HTML 4 set via <see cref="WebUtility"/>), and the
/// common legacy names without one. Unknown references stay as written.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>Longest named reference looked up ("&amp;CounterClockwiseContourIntegral;" is 33).</summary>
    private const int MaxNameLength = 33;

    /// <summary>What 0x80–0x9F mean in a numeric reference: pages written in windows-1252 (HTML5 §13.2.5.80).</summary>
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Decode(ReadOnlySpan<char> raw, bool inAttribute)
    {
        var sb = new StringBuilder(raw.Length);
        int i = 0;
        while (i < raw.Length)
        {
            int amp = raw[i..].IndexOf('&');
            if (amp < 0)
            {
                sb.Append(raw[i..]);
                break;
            }

            sb.Append(raw.Slice(i, amp));
            i += amp;
            int used = TryReference(raw[i..], inAttribute, sb);
            if (used == 0)
            {
                sb.Append('&');
                used = 1;
            }

            i += used;
        }

        return sb.ToString();
    }

    /// <summary>Appends the reference at the start of <paramref name="s"/> (which begins with '&amp;'); returns the characters used, 0 if none.</summary>
    private static int TryReference(ReadOnlySpan<char> s, bool inAttribute, StringBuilder sb)
    {
        if (s.Length < 3)
        {
            return 0;
        }

        if (s[1] == '#')
        {
            return Numeric(s, sb);
        }

        int end = 1;
        while (end < s.Length && end <= MaxNameLength && char.IsAsciiLetterOrDigit(s[end]))
        {
            end++;
        }

        if (end == 1)
        {
            return 0;
        }

        var name = s[1..end];
        if (end < s.Length && s[end] == ';')
        {
            string decoded = WebUtility.HtmlDecode(string.Concat("&", name, ";"));
            if (decoded.Length > 0 && decoded[0] != '&')
            {
                sb.Append(decoded);
                return end + 1;
            }

            if (Legacy(name) is { } legacyChar)
            {
                sb.Append(legacyChar);
                return end + 1;
            }

            return 0;
        }

        // Legacy references without ';' ("&nbsp", "&amp"); in attribute values HTML leaves them
        // alone when a letter, digit or '=' follows (query strings: "?a=1&copy=2").
        foreach (string legacy in LegacyNames)
        {
            if (name.StartsWith(legacy, StringComparison.Ordinal))
            {
                char next = legacy.Length < s.Length - 1 ? s[legacy.Length + 1] : ' ';
                if (inAttribute && (char.IsAsciiLetterOrDigit(next) || next == '='))
                {
                    return 0;
                }

                sb.Append(Legacy(legacy.AsSpan())!.Value);
                return legacy.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>Names HTML also recognises without a semicolon, longest first where one prefixes another.</summary>
    private static readonly string[] LegacyNames = ["nbsp", "amp", "quot", "copy", "reg", "lt", "gt", "AMP", "QUOT", "LT", "GT"];

    private static char? Legacy(ReadOnlySpan<char> name) => name switch
    {
        "nbsp" => '\u00A0',
        "amp" or "AMP" => '&',
        "quot" or "QUOT" => '"',
        "copy" => '\u00A9',
        "reg" => '\u00AE',
        "lt" or "LT" => '<',
        "gt" or "GT" => '>',
        "apos" => '\'',
        _ => null,
    };

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static int Numeric(ReadOnlySpan<char> s, StringBuilder sb)
    {
        int i = 2;
        bool hex = i < s.Length && (s[i] == 'x' || s[i] == 'X');
        if (hex)
        {
            i++;
        }

        int digitsStart = i;
        long value = 0;
        while (i < s.Length && (hex ? char.IsAsciiHexDigit(s[i]) : char.IsAsciiDigit(s[i])))
        {
            if (value <= 0x10FFFF)
            {
                value = value * (hex ? 16 : 10) + DigitValue(s[i]);
            }

            i++;
        }

        if (i == digitsStart)
        {
            return 0;
        }

        if (i < s.Length && s[i] == ';')
        {
            i++;
        }

        if (value is >= 0x80 and <= 0x9F)
        {
            sb.Append(Windows1252[(int)value - 0x80]);
        }
        else if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            sb.Append('\uFFFD');
        }
        else
        {
            sb.Append(char.ConvertFromUtf32((int)value));
        }

        return i;
    }
}
