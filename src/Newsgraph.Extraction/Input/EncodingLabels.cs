using System.Collections.Frozen;
using System.Text;

namespace Newsgraph.Extraction.Input;

/// <summary>
/// Maps charset labels as pages write them to .NET encodings, following the WHATWG Encoding
/// standard where it differs from the IANA names .NET knows: browsers decode "iso-8859-1" and
/// "ascii" as windows-1252, "shift_jis" as windows-31j and so on, and pages are written for browsers.
/// Decoding always replaces invalid bytes with U+FFFD (never throws).
/// </summary>
internal static class EncodingLabels
{
    static EncodingLabels()
    {
        // Idempotent: registering the provider again is harmless, and it is built into .NET.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>WHATWG label → the encoding .NET should use for it. Labels not listed go to .NET as they are.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Latin-1 and ASCII labels mean windows-1252 on the web (its C1 range holds curly quotes, dashes, €).
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["iso_8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252",
        ["cp1252"] = "windows-1252",
        ["cp819"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ansi_x3.4-1968"] = "windows-1252",
        ["x-user-defined"] = "windows-1252",
        ["iso-8859-9"] = "windows-1254",
        ["latin5"] = "windows-1254",
        ["iso-8859-11"] = "windows-874",
        ["tis-620"] = "windows-874",
        // Japanese: the web's Shift_JIS is Microsoft's superset.
        ["shift_jis"] = "shift_jis",
        ["shift-jis"] = "shift_jis",
        ["sjis"] = "shift_jis",
        ["x-sjis"] = "shift_jis",
        ["ms_kanji"] = "shift_jis",
        ["windows-31j"] = "shift_jis",
        ["csshiftjis"] = "shift_jis",
        // Chinese and Korean: GB2312 and EUC-KR pages use their supersets' characters.
        ["gb2312"] = "gbk",
        ["x-gbk"] = "gbk",
        ["gb_2312-80"] = "gbk",
        ["ks_c_5601-1987"] = "euc-kr",
        ["windows-949"] = "euc-kr",
        ["cp1251"] = "windows-1251",
        ["cp1250"] = "windows-1250",
        ["x-cp1251"] = "windows-1251",
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        // A meta tag cannot truthfully declare UTF-16 (the tag itself was read as ASCII), so browsers read UTF-8.
        ["utf-16"] = "utf-8",
        ["utf-16le"] = "utf-8",
        ["utf-16be"] = "utf-8",
        ["unicode"] = "utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels refused outright: UTF-7 has been used to smuggle script past filters.</summary>
    private static readonly FrozenSet<string> Refused = FrozenSet.ToFrozenSet(["utf-7", "utf7", "x-unicode-1-1-utf-7", "unicode-1-1-utf-7", "csunicode11utf7"], StringComparer.OrdinalIgnoreCase);

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The encoding for a label, or null when the label is unknown or refused.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        label = label.Trim();
        if (Refused.Contains(label))
        {
            return null;
        }

        string name = Aliases.GetValueOrDefault(label, label);
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True for UTF-8 (whatever the instance's fallback settings).</summary>
    public static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;
}
