namespace Newsgraph.Core.Text;

/// <summary>Reading the language tags pages declare (html lang, content-language, og:locale, JSON-LD inLanguage).</summary>
public static class LanguageTags
{
    /// <summary>The primary subtag in lower case: "en-US" → "en", "pt_BR" → "pt", "eng" → "eng";
    /// null for a blank tag or one whose primary subtag is not 2–3 letters ("x-default", "*").</summary>
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
