using System.Text;
using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Input;

/// <summary>Finds what a page says its charset is: the HTTP Content-Type, &lt;meta&gt; or an XML declaration.</summary>
internal static partial class CharsetDeclarations
{
    /// <summary>The charset parameter of a Content-Type header value, or null.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = ContentTypeCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// The charset named by &lt;meta charset&gt;, &lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;
    /// or &lt;?xml … encoding="…"?&gt; in the first bytes of the page, or null.
    /// </summary>
    public static string? FromMarkup(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps every byte to one char, so this works whatever the real ASCII-compatible charset is.
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DecodingThresholds.CharsetPrescanBytes)]);
        var xml = XmlDeclarationEncoding().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }

        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypeCharset();

    [GeneratedRegex("""\A\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
