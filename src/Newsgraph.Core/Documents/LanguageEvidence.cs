namespace Newsgraph.Core.Documents;

/// <summary>Where a language decision came from.</summary>
public enum LanguageEvidence
{
    /// <summary>The page declared its language (html lang, og:locale, JSON-LD inLanguage).</summary>
    Metadata,

    /// <summary>The text itself: its script and which language's function words it uses.</summary>
    Text,
}
