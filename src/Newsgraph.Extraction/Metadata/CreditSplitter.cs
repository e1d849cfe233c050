using System.Text.RegularExpressions;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Separates a photo credit from caption text: "Caption. (Photographer/Agency)", "Caption [File:
/// Reuters]", "Caption Credit: X", "Photo: X", "Photograph: X", "(Image: © X)", "© X", and
/// BBC-style leading "Image copyright X".
/// </summary>
internal static partial class CreditSplitter
{
    /// <summary>A credit is a name or two; a longer parenthesis is part of the caption.</summary>
    private const int MaxCreditWords = 9;

    public static (string? Caption, string? Credit) Split(string? text)
    {
        string t = MetaText.Clean(text);
        if (t.Length == 0)
        {
            return (null, null);
        }

        var lead = LeadingCopyright().Match(t);
        if (lead.Success)
        {
            return (NullIfEmpty(t[(lead.Index + lead.Length)..]), CleanCredit(lead.Groups["c"].Value));
        }

        foreach (var pattern in (Regex[])[TrailingBrackets(), TrailingLabel(), TrailingCopyright()])
        {
            var m = pattern.Match(t);
            if (m.Success && CleanCredit(m.Groups["c"].Value) is { } credit && MetaText.Words(credit).Count <= MaxCreditWords)
            {
                return (NullIfEmpty(t[..m.Index]), credit);
            }
        }

        return (t, null);
    }

    /// <summary>A credit line as shown, without its label: "Photo: X", "(Image: © X)", "© X" → "X".</summary>
    public static string? CleanCredit(string? text)
    {
        string t = MetaText.Clean(text).Trim();
        for (int i = 0; i < 4; i++)
        {
            string before = t;
            if (t.Length > 2 && ((t[0] == '(' && t[^1] == ')') || (t[0] == '[' && t[^1] == ']')))
            {
                t = t[1..^1].Trim();
            }

            t = CreditLabel().Replace(t, string.Empty).Trim();
            t = FileMarker().Replace(t, string.Empty).Trim().TrimEnd(',', ';').Trim();
            if (t == before)
            {
                break;
            }
        }

        return NullIfEmpty(t);
    }

    /// <summary>A site's copyright notice rather than a photo credit.</summary>
    public static bool IsSiteCopyright(string credit) =>
        credit.Contains("rights reserved", StringComparison.OrdinalIgnoreCase) || credit.Contains("all rights", StringComparison.OrdinalIgnoreCase) ||
        MetaText.Words(credit).Count > MaxCreditWords * 2;

    private static string? NullIfEmpty(string s)
    {
        s = s.Trim();
        return s.Length == 0 ? null : s;
    }

    [GeneratedRegex(@"^\s*(?:Image|Photo|Picture)\s+copyright\s+(?<c>.+?)(?:\s+Image\s+caption\s+|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingCopyright();

    [GeneratedRegex(@"\s*[(\[](?<c>[^()\[\]]{2,100})[)\]]\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBrackets();

    [GeneratedRegex(@"(?:^|(?<=[.!?’'""”)]\s*)|\s)(?<c>(?:Photo(?:graph)?s?|Credits?|Image|Picture|Pic|Foto|Bild|Illustration|Source)\s*(?:by)?\s*:\s*.{2,100}|(?:Photo|Image)\s+by\s+.{2,100})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingLabel();

    [GeneratedRegex(@"(?:^|\s)(?<c>©\s*.{2,100})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCopyright();

    [GeneratedRegex(@"^(?:(?:Photo(?:graph)?s?|Credits?|Image|Picture|Pic|Foto|Bild|Illustration|Source)\s*(?:by)?\s*:?\s*(?=\S)|(?:Photo|Image)\s+by\s+|©\s*|\(c\)\s*|Copyright\s+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"^File(?:\s+photo)?\s*:\s*|,\s*File(?:\s+photo)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileMarker();
}
