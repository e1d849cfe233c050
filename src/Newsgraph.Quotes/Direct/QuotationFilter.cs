using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Direct;

/// <summary>
/// Keeps quoted spans that reproduce someone's words and drops scare quotes, names and labels
/// ("the “historic” move", the “Hanoi Hilton”, the slogan “Meth, we’re on it.”). A span of
/// <see cref="MinFreeWords"/> words or more, or one holding a full stop, is a quotation. A shorter one
/// must have a reporting cue in its sentence, must not be Title Case (a name), must not follow a
/// naming word, and must not sit between a determiner and the noun it modifies.
/// </summary>
internal static class QuotationFilter
{
    /// <summary>Spans this long are quotations whatever surrounds them: labels and scare quotes are one to three words.</summary>
    public const int MinFreeWords = 4;

    /// <summary>Names, slogans and labels run to about this many words ("Meth, we’re on it.", "one country, two systems").</summary>
    private const int MaxLabelWords = 6;

    /// <summary>Articles and possessives that make a following quoted span a modifier ("the “historic” move"); not "that", which is more often a conjunction.</summary>
    private static readonly WordSet Articles = new(["the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"]);

    /// <summary>Tokens searched on each side of a short quote for a reporting cue.</summary>
    private const int CueWindowTokens = 40;

    public static bool IsQuotation(ArticleView view, RawQuote quote)
    {
        int first = view.TokenAtOrAfter(quote.Start);
        int end = view.TokenAtOrAfter(quote.End);
        int words = 0, capitalized = 0;
        bool innerCapital = false;
        for (int t = first; t < end; t++)
        {
            if (view.IsWordLike(t) && view.Tokens[t].Kind != TokenKind.Clitic)
            {
                words++;
                if (view.IsCapitalized(t))
                {
                    capitalized++;
                }

                var w = view.Word(t);
                for (int i = 1; i < w.Length; i++)
                {
                    innerCapital |= char.IsUpper(w[i]) && char.IsLower(w[i - 1]);
                }
            }
        }

        if (words == 0)
        {
            return false;
        }

        int before = view.TokenAtOrAfter(quote.OpenMark) - 1;
        if (words <= MaxLabelWords)
        {
            int namer = before >= 0 && view.IsWordLike(before) && PhraseWords.Determiners.Contains(view.Word(before)) ? before - 1 : before;
            if (namer >= 0 && view.IsWordLike(namer) && NamingWords.Before.Contains(view.Word(namer)))
            {
                return false; // the slogan “Meth, we’re on it.”
            }

            if (before >= 0 && view.IsWordLike(before) && Articles.Contains(view.Word(before)) && NextIsModifiedNoun(view, quote))
            {
                return false; // the “one country, two systems” formula
            }
        }

        if (words >= MinFreeWords || HasSentenceEnd(view.Text, quote.Start, quote.End) && words >= 2)
        {
            return true;
        }

        if (innerCapital)
        {
            return false;
        }

        int firstWord = view.TokenAtOrAfter(quote.Start);
        if (firstWord < view.Tokens.Length && (view.Is(firstWord, "the") || view.Is(firstWord, "a") || view.Is(firstWord, "an")))
        {
            return false; // “the Gordon problem”: a short span opening with an article names something.
        }

        if (quote.Nested && words < 2)
        {
            return false; // ‘bribery’, ‘impeachment’ inside a quotation: the speaker's own scare quotes.
        }

        if (quote.Nested && before >= 0 && view.IsWordLike(before) && PhraseWords.Determiners.Contains(view.Word(before)))
        {
            return false; // the 'Giuliani problem' inside a quotation
        }

        if (before >= 0 && view.IsPunct(before, ':'))
        {
            return true;
        }

        if (capitalized == words && !StartsSentence(view, before))
        {
            return false; // "Three Amigos", "Hanoi Hilton": a name.
        }

        int naming = before;
        if (naming >= 0 && view.IsWordLike(naming) && PhraseWords.Determiners.Contains(view.Word(naming)))
        {
            if (NextIsModifiedNoun(view, quote))
            {
                return false; // the “historic” move, the “one country, two systems” formula
            }

            naming--;
        }

        if (naming >= 0 && view.IsWordLike(naming) && NamingWords.Before.Contains(view.Word(naming)))
        {
            return false;
        }

        return HasCue(view, quote);
    }

    private static bool StartsSentence(ArticleView view, int before) =>
        before < 0 || view.IsPunct(before, '.') || view.IsPunct(before, '!') || view.IsPunct(before, '?')
        || (view.Tokens[before].End < view.Text.Length && view.Text.AsSpan(view.Tokens[before].End, Math.Min(2, view.Text.Length - view.Tokens[before].End)).Contains('\n'));

    private static bool NextIsModifiedNoun(ArticleView view, RawQuote quote)
    {
        int next = view.TokenAtOrAfter(quote.CloseEnd);
        return next < view.Tokens.Length && view.Tokens[next].Start == quote.CloseEnd + 1 && view.IsWordLike(next)
            && !view.IsCapitalized(next) && !PhraseWords.FunctionWords.Contains(view.Word(next));
    }

    private static bool HasCue(ArticleView view, RawQuote quote)
    {
        int s1 = view.SentenceAt(quote.OpenMark);
        int s2 = view.SentenceAt(Math.Max(quote.OpenMark, quote.CloseEnd - 1));
        if (s1 < 0)
        {
            return false;
        }

        // Look only near the quote: a cue 40 tokens away belongs to another clause, and a bounded
        // window keeps a 1 MB sentence full of marks linear.
        int from = Math.Max(0, view.TokenAtOrAfter(quote.OpenMark) - CueWindowTokens);
        int to = Math.Min(view.Tokens.Length, view.TokenAtOrAfter(quote.CloseEnd) + CueWindowTokens);
        for (int s = s1; s <= Math.Max(s1, s2); s++)
        {
            var sentence = view.Sentences[s];
            for (int t = Math.Max(from, sentence.FirstToken); t < Math.Min(to, sentence.EndToken); t++)
            {
                var token = view.Tokens[t];
                if (token.Start >= quote.OpenMark && token.End <= quote.CloseEnd)
                {
                    continue;
                }

                if (view.IsWordLike(t) && !view.IsCapitalized(t) && ReportingVerbs.TryGet(view.Word(t), out _, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasSentenceEnd(string text, int start, int end)
    {
        for (int i = start; i < end - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
