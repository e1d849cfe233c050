using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// The subject of a reporting verb, whatever its form: the phrase just before a finite verb; for a
/// participle after a comma (", saying …") the main clause's subject; for a progressive ("are
/// alleging") the phrase before the auxiliary; for a second verb joined by "and" ("responded and
/// confirmed", "deny accusations … and say") the subject of its clause.
/// </summary>
internal static class VerbSubjects
{
    /// <summary>Tokens searched back from "and" for the clause boundary whose subject the verb shares.</summary>
    private const int MaxClauseTokens = 24;

    public static Phrase Of(ArticleView view, int verb, int floor)
    {
        int sentence = view.SentenceOfToken(verb);
        bool participle = ReportingVerbs.IsParticiple(view.Word(verb));
        if (participle)
        {
            if (view.IsPunct(verb - 1, ','))
            {
                return MainSubject(view, sentence, verb);
            }

            if (IsBe(view, verb - 1))
            {
                return NounPhrases.SubjectBefore(view, verb - 1, floor);
            }

            var before = NounPhrases.SubjectBefore(view, verb, floor);
            return !before.IsEmpty && view.IsCapitalized(before.End - 1) ? before : MainSubject(view, sentence, verb);
        }

        var subject = NounPhrases.SubjectBefore(view, verb, floor);
        if (!subject.IsEmpty || !view.Is(verb - 1, "and"))
        {
            return subject;
        }

        // "and said": find the clause start before "and" and read its subject.
        for (int t = verb - 2; t >= floor && verb - t < MaxClauseTokens; t--)
        {
            if (t == floor || view.IsPunct(t, ',') || view.Is(t, "while") || view.Is(t, "whereas") || view.Is(t, "but") || view.Is(t, "that"))
            {
                int start = t == floor && !view.IsPunct(t, ',') && !view.Is(t, "while") && !view.Is(t, "but") && !view.Is(t, "that") ? t : t + 1;
                var clauseSubject = start == view.Sentences[sentence].FirstToken
                    ? NounPhrases.SentenceSubject(view, sentence)
                    : NounPhrases.After(view, start, verb);
                return clauseSubject.End < verb ? clauseSubject : default;
            }
        }

        return default;
    }

    private static Phrase MainSubject(ArticleView view, int sentence, int verb)
    {
        var main = NounPhrases.SentenceSubject(view, sentence);
        return main.End <= verb ? main : default;
    }

    private static bool IsBe(ArticleView view, int t) =>
        view.Is(t, "is") || view.Is(t, "are") || view.Is(t, "was") || view.Is(t, "were");
}
