using Newsgraph.Core.Text;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The article's primary language subtag: what the text reads as (<see cref="LanguageIdentifier"/>:
/// script, else a function-word vote over Latin-script text). The page's declared language (html lang, content-language, og:locale, JSON-LD inLanguage) decides
/// when the text is too short, and is what the vote must clearly beat.
/// </summary>
internal static class LanguageGuesser
{
    public static string? Resolve(string bodyText, string? titleText, PageScan scan, JsonLdData ld)
    {
        string? declared = LanguageTags.Primary(scan.HtmlLang) ?? LanguageTags.Primary(scan.First("content-language")) ?? LanguageTags.Primary(scan.First("og:locale")) ?? LanguageTags.Primary(ld.Language) ?? LanguageTags.Primary(scan.First("language"));
        string sample = bodyText.Length >= 200 ? bodyText : (titleText + " " + bodyText);
        if (Guess(sample, LanguageCues.MinHits) is { } guessed)
        {
            return guessed;
        }

        // Nothing declared: the headline and description are better than no answer.
        return declared ?? Guess(titleText + " " + scan.First("og:description") + " " + scan.First("description") + " " + bodyText, LanguageCues.MinHitsUndeclared);
    }

    /// <summary>The language the text is written in (the shared <see cref="LanguageIdentifier"/> over the first
    /// <see cref="LanguageCues.SampleChars"/> characters), or null when it is too short to tell.</summary>
    public static string? Guess(string text, int minHits = LanguageCues.MinHits) =>
        LanguageIdentifier.Identify(text.AsSpan(0, Math.Min(text.Length, LanguageCues.SampleChars)), minHits);
}
