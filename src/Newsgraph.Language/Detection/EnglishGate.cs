using Newsgraph.Core.Documents;
using Newsgraph.Core.Text;

namespace Newsgraph.Language.Detection;

/// <summary>
/// Decides whether a document gets English NLP. A declared language other than English wins;
/// otherwise a cheap look at the start of the text: mostly non-Latin letters, or clearly more
/// function words of another Latin-script language than of English, means it is not English.
/// Pages often declare "en" from a template whatever their text, so the text check runs even
/// when "en" is declared. Without evidence of another language the text counts as English, so
/// lists, box scores and recipes (few function words of any language) keep their NLP.
/// </summary>
internal static class EnglishGate
{
    /// <summary>How much text is looked at: enough words to judge, bounded cost on huge inputs.</summary>
    private const int SampleChars = 20_000;

    /// <summary>Fewer words than this and the function-word test is too noisy: short texts are given the benefit of the doubt.</summary>
    private const int MinWordsForFunctionWords = 40;

    /// <summary>
    /// Share of words that are function words of one other language (<see cref="LanguageStopwords"/>)
    /// from which text reads as that language: running text in those languages has 8–25 %, English
    /// news under 1 % (names, quotes).
    /// </summary>
    private const double MinOtherLanguageShare = 0.05;

    /// <summary>… and only when those words outnumber the English function words this many times (English text quoting French is still English).</summary>
    private const double OtherOverEnglishRatio = 2.0;

    public static DetectedLanguage Decide(string text, string? declaredLanguage)
    {
        string? declared = LanguageTags.Primary(declaredLanguage);
        if (declared is not null && LanguageCodes.NoLanguage.Contains(declared))
        {
            declared = null;
        }

        if (declared is not null && !LanguageCodes.English.Contains(declared))
        {
            return new DetectedLanguage(declared, IsEnglish: false, LanguageEvidence.Metadata);
        }

        if (OtherLanguage(text.AsSpan(0, Math.Min(text.Length, SampleChars))) is { } other)
        {
            return new DetectedLanguage(other, IsEnglish: false, LanguageEvidence.Text);
        }

        return new DetectedLanguage("en", IsEnglish: true, declared is null ? LanguageEvidence.Text : LanguageEvidence.Metadata);
    }

    /// <summary>
    /// The other language the text reads as, or null when it may be English. Only positive evidence
    /// counts: a non-Latin script, or (with enough words to judge) one other language's function
    /// words making up a share of the text and clearly outnumbering the English ones (English
    /// quoting French is still English).
    /// </summary>
    internal static string? OtherLanguage(ReadOnlySpan<char> sample)
    {
        var vote = LanguageIdentifier.Vote(sample);
        if (vote.ScriptLanguage is not null)
        {
            return vote.ScriptLanguage;
        }

        var (other, otherHits) = vote.StrongestExcept("en");
        bool foreign = vote.Words >= MinWordsForFunctionWords
            && otherHits >= vote.Words * MinOtherLanguageShare
            && otherHits > vote.HitsOf("en") * OtherOverEnglishRatio;
        return foreign ? other : null;
    }
}
