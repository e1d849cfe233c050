using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Direct;
using Newsgraph.Quotes.Speakers;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Attribution;

/// <summary>
/// Finds the reporting verb and speaker phrase for a direct quotation: right after it ("…,” she
/// said in a statement", "…,” said Avi Bell") or before it in its sentence ("Esper said, “…”",
/// "Liu said that …, warning: “…”"). After is tried first for a quote that opens its sentence,
/// before first for one inside a sentence.
/// </summary>
internal static class DirectCueFinder
{
    /// <summary>Tokens read after a closing mark for "…,” the spokesman for the ministry said".</summary>
    private const int AfterWindowTokens = 40;

    /// <summary>Tokens read back from an opening mark for the verb that introduces it.</summary>
    private const int BeforeWindowTokens = 40;

    public static CueMatch? Find(ArticleView view, RawQuote quote, int previousCloseEnd)
    {
        int open = view.TokenAtOrAfter(quote.OpenMark);
        int sentence = open < view.Tokens.Length ? view.SentenceOfToken(open) : -1;
        int floor = sentence >= 0 ? view.Sentences[sentence].FirstToken : open;
        floor = Math.Max(floor, view.TokenAtOrAfter(previousCloseEnd));
        floor = Math.Max(floor, view.TokenAtOrAfter(view.Paragraphs[quote.Paragraph].Start));
        floor = Math.Max(floor, open - BeforeWindowTokens);
        bool opensSentence = !HasWords(view, floor, open);

        return opensSentence
            ? After(view, quote) ?? Before(view, floor, open)
            : Before(view, floor, open) ?? After(view, quote);
    }

    public static CueMatch? After(ArticleView view, RawQuote quote)
    {
        if (quote.Unclosed)
        {
            return null;
        }

        int t = view.TokenAtOrAfter(quote.CloseEnd);
        int paragraphEnd = view.Paragraphs[quote.Paragraph].End;
        while (t < view.Tokens.Length && (view.IsPunct(t, ',') || view.IsPunct(t, '-')) && view.Tokens[t].Start < paragraphEnd)
        {
            t++;
        }

        int limit = t;
        while (limit < view.Tokens.Length && limit - t < AfterWindowTokens && view.Tokens[limit].Start < paragraphEnd
            && view.Tokens[limit].Kind != Core.Documents.TokenKind.Quote && !IsSentenceEnd(view, limit))
        {
            limit++;
        }

        for (int v = t; v < limit; v++)
        {
            if (!view.IsWordLike(v) || view.IsCapitalized(v) || !ReportingVerbs.TryGet(view.Word(v), out var lemma, out var use) || (use & CueUse.Direct) == 0)
            {
                continue;
            }

            if (v == t)
            {
                var inverted = NounPhrases.After(view, v + 1, limit);
                return inverted.IsEmpty ? null : new CueMatch(v, lemma, inverted);
            }

            // "…,” Dylan Nelson, a postdoctoral fellow at …, and co-author of the study, said": the
            // name right after the quote, when an apposition follows it.
            var named = NounPhrases.After(view, t, v);
            if (!named.IsEmpty && view.IsPunct(named.End, ',') && view.IsCapitalized(named.End - 1))
            {
                return new CueMatch(v, lemma, named);
            }

            var subject = NounPhrases.SubjectBefore(view, v, t);
            return subject.IsEmpty || subject.Start - t > MaxLeadingModifiers || !OnlyWords(view, t, subject.Start) ? null : new CueMatch(v, lemma, subject);
        }

        return null;
    }

    private static CueMatch? Before(ArticleView view, int floor, int open)
    {
        // The nearest verb: "… criticised the US policy shift, with Jordanian Foreign Minister Ayman
        // Safadi warning of “dangerous consequences”".
        for (int v = open - 1; v >= floor; v--)
        {
            if (!view.IsWordLike(v) || view.IsCapitalized(v) || !ReportingVerbs.TryGet(view.Word(v), out var lemma, out var use) || (use & CueUse.Direct) == 0)
            {
                continue;
            }

            var subject = VerbSubjects.Of(view, v, floor);
            if (!subject.IsEmpty)
            {
                return new CueMatch(v, lemma, subject);
            }
        }

        return null;
    }

    /// <summary>Words allowed between a quote and its speaker's name: "the 14th-ranked Schwartzman said".</summary>
    private const int MaxLeadingModifiers = 3;

    private static bool OnlyWords(ArticleView view, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!view.IsWordLike(t))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWords(ArticleView view, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (view.IsWordLike(t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceEnd(ArticleView view, int t) =>
        view.IsPunct(t, '.') || view.IsPunct(t, '!') || view.IsPunct(t, '?') || view.IsPunct(t, ';');
}
