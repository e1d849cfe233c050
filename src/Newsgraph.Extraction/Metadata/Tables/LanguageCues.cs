namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>
/// How much text extraction lets the shared language identifier (<c>Newsgraph.Core.Text.LanguageIdentifier</c>)
/// read, and how sure it must be before the text overrides the page's declared language.
/// </summary>
internal static class LanguageCues
{
    /// <summary>Text shorter than this many counted words is too short to override the page's declared language.</summary>
    public const int MinHits = 12;

    /// <summary>With no declared language, a headline and description are enough.</summary>
    public const int MinHitsUndeclared = 3;

    /// <summary>Characters of body text sampled; enough for a stable vote, cheap to scan.</summary>
    public const int SampleChars = 2500;
}
