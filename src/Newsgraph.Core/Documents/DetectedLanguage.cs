namespace Newsgraph.Core.Documents;

/// <summary>Where a language decision came from.</summary>
public enum LanguageEvidence
{
    /// <summary>The page declared its language (html lang, og:locale, JSON-LD inLanguage).</summary>
    Metadata,

    /// <summary>The text itself: its script and how many English function words it has.</summary>
    Text,
}

/// <summary>
/// The language the language stage settled on. Stages with English models run only when
/// <see cref="IsEnglish"/> is true; otherwise the token and sentence layers are empty.
/// </summary>
/// <param name="Code">Primary language subtag ("en", "de"), or "und" when only "not English" is known.</param>
public sealed record DetectedLanguage(string Code, bool IsEnglish, LanguageEvidence Evidence);
