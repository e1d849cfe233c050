namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Whether a string is shown as page text: it occurs in the raw HTML between tags and outside
/// script, title and meta markup. Used to accept metadata names only when a reader sees them.
/// </summary>
internal static class HtmlVisibility
{
    private const int MaxOccurrences = 30;

    public static bool IsShown(string html, string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        int pos = 0;
        for (int n = 0; n < MaxOccurrences; n++)
        {
            int at = TextSearch.IndexOfIgnoreCase(html, text, pos);
            if (at < 0)
            {
                return false;
            }

            pos = at + text.Length;
            int lt = html.LastIndexOf('<', at);
            int gt = html.LastIndexOf('>', at);
            if (gt <= lt || lt < 0)
            {
                continue; // inside a tag's attributes
            }

            // The element the text sits in: skip script, style, title and JSON blobs.
            var opener = html.AsSpan(lt);
            if (StartsWithTag(opener, "<script") || StartsWithTag(opener, "<style") || StartsWithTag(opener, "<title") || StartsWithTag(opener, "<noscript")
                || InsideScript(html, at))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="at"/> lies in a script body, which may itself hold '&lt;' ("&lt;/p&gt;" in a JS string).</summary>
    private static bool InsideScript(string html, int at)
    {
        int open = html.LastIndexOf("<script", at, StringComparison.OrdinalIgnoreCase);
        return open >= 0 && html.IndexOf("</script", open, at - open, StringComparison.OrdinalIgnoreCase) < 0;
    }

    private static bool StartsWithTag(ReadOnlySpan<char> s, string tag) => s.StartsWith(tag, StringComparison.OrdinalIgnoreCase);
}
