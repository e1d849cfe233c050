namespace Newsgraph.Core.Text;

/// <summary>
/// What <see cref="LanguageIdentifier.Vote"/> counted: the language a non-Latin script decides
/// (null for Latin script or too few letters), the letters and words seen, and the function-word
/// hits per language of <see cref="LanguageStopwords.Languages"/>.
/// </summary>
public sealed record LanguageVote(string? ScriptLanguage, int Letters, int Words, IReadOnlyList<int> StopwordHits)
{
    /// <summary>Function-word hits of one language (0 for a language the table lacks).</summary>
    public int HitsOf(string language)
    {
        int index = LanguageStopwords.IndexOf(language);
        return index < 0 ? 0 : StopwordHits[index];
    }

    /// <summary>The language with most function-word hits other than <paramref name="excluded"/>, and its hits.</summary>
    public (string? Language, int Hits) StrongestExcept(string excluded)
    {
        string? best = null;
        int bestHits = 0;
        for (int l = 0; l < StopwordHits.Count; l++)
        {
            string language = LanguageStopwords.Languages[l].Language;
            if (language != excluded && StopwordHits[l] > bestHits)
            {
                (best, bestHits) = (language, StopwordHits[l]);
            }
        }

        return (best, bestHits);
    }

    /// <summary>The script's language, else the function-word winner when it has <paramref name="minHits"/>
    /// hits and beats the runner-up by <see cref="LanguageStopwords.MinMargin"/>; null when undecided.</summary>
    public string? Winner(int minHits)
    {
        if (ScriptLanguage is not null)
        {
            return ScriptLanguage;
        }

        if (Letters < LanguageIdentifier.MinLetters)
        {
            return null;
        }

        int best = -1, second = 0;
        for (int l = 0; l < StopwordHits.Count; l++)
        {
            if (best < 0 || StopwordHits[l] > StopwordHits[best])
            {
                if (best >= 0)
                {
                    second = Math.Max(second, StopwordHits[best]);
                }

                best = l;
            }
            else
            {
                second = Math.Max(second, StopwordHits[l]);
            }
        }

        return best >= 0 && StopwordHits[best] >= minHits && StopwordHits[best] >= second * LanguageStopwords.MinMargin
            ? LanguageStopwords.Languages[best].Language
            : null;
    }
}
