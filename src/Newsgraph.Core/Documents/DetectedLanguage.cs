namespace Newsgraph.Core.Documents;

/// <summary>
/// The language the language stage settled on. Stages with English models run only when
/// <see cref="IsEnglish"/> is true; otherwise the token and sentence layers are empty.
/// </summary>
/// <param name="Code">Primary language subtag ("en", "de"), or "und" when only "not English" is known.</param>
public sealed record DetectedLanguage(string Code, bool IsEnglish, LanguageEvidence Evidence);
