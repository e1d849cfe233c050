namespace Newsgraph.Events.Lexicon;

/// <summary>
/// Regular English inflections of a lower-case lemma (verb or noun): the lemma, -s/-es, -ed, -ing,
/// with the usual spelling changes. Over-generation is harmless (a form that is not a word never
/// matches), so the rules stay simple; irregular forms are listed in the lexicon itself.
/// </summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string lemma)
    {
        yield return lemma;
        if (lemma.Length < 3)
        {
            yield break;
        }

        char last = lemma[^1];
        string stem = lemma;
        if (last == 'y' && !IsVowel(lemma[^2]))
        {
            stem = lemma[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return lemma + "ing";
            yield break;
        }

        yield return last is 's' or 'x' or 'z' or 'h' or 'o' ? lemma + "es" : lemma + "s";
        if (last == 'e')
        {
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
            yield break;
        }

        if (DoublesFinalConsonant(lemma))
        {
            yield return lemma + last + "ed";
            yield return lemma + last + "ing";
        }

        yield return lemma + "ed";
        yield return lemma + "ing";
    }

    // Why: short consonant-vowel-consonant verbs double their last letter (ban → banned,
    // slam → slammed, beg → begged); longer ones mostly do not (visit → visited).
    private static bool DoublesFinalConsonant(string lemma) =>
        lemma.Length <= 4
        && !IsVowel(lemma[^1]) && lemma[^1] is not ('w' or 'x' or 'y')
        && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
