using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// Reads the noun phrase that names a speaker next to a reporting verb: backwards from the verb for
/// "White House spokesman John Kirby warned", forwards for "said Avi Bell, senior fellow at …", and
/// the subject at a sentence's start for "the previous sentence's subject". A shallow reader over
/// tokens: capitalised words, determiners, role nouns and "of/for + name" belong to the phrase;
/// punctuation, auxiliaries and conjunctions end it. Appositions and relative clauses between
/// commas are stepped over to the name before them ("Morrison, Vindman's superior, said").
/// </summary>
internal static class NounPhrases
{
    /// <summary>Longest phrase read, in tokens: "the U.S. Attorney's Office for the Western District of New York" fits.</summary>
    private const int MaxPhraseTokens = 14;

    /// <summary>Tokens stepped over backwards between a subject and its verb ("Esper on Wednesday accused").</summary>
    private const int MaxGapTokens = 4;

    public static Phrase SubjectBefore(ArticleView view, int verb, int floor)
    {
        int end = verb;
        int gap = 0;
        while (end - 1 >= floor && gap < MaxGapTokens && IsGapWord(view, end - 1))
        {
            end--;
            gap++;
        }

        if (end - 1 >= floor && view.IsPunct(end - 1, ','))
        {
            // "Cheuk Hau-yip, the commander of Kowloon West district, said" and "Israeli settlers,
            // who …, said": step over the apposition or relative clause to the name before it.
            for (int c = end - 2; c >= floor && end - c < 30; c--)
            {
                if (view.IsPunct(c, ','))
                {
                    var head = Backward(view, c, floor);
                    return !head.IsEmpty && (view.IsCapitalized(head.End - 1) || IsPluralNoun(view, head.End - 1)) ? head : default;
                }

                if (!view.IsWordLike(c) && !view.IsPunct(c, '-') && !view.IsPunct(c, '(') && !view.IsPunct(c, ')'))
                {
                    break;
                }
            }

            return default;
        }

        var phrase = Backward(view, end, floor);
        if (phrase.IsEmpty && gap > 0)
        {
            phrase = Backward(view, verb, floor);
        }

        return phrase;
    }

    private static bool IsPluralNoun(ArticleView view, int t) =>
        view.IsWordLike(t) && RoleWords.Roles.Contains(view.Word(t));

    public static Phrase After(ArticleView view, int start, int limit)
    {
        int t = start;
        int end = Math.Min(limit, start + MaxPhraseTokens);
        while (t < end)
        {
            if (!view.IsWordLike(t))
            {
                break;
            }

            var word = view.Word(t);
            bool capital = view.IsCapitalized(t);
            if (!capital && word.Equals("and", StringComparison.Ordinal) && t > start && t + 1 < end
                && (view.IsCapitalized(t + 1) || RoleWords.Roles.Contains(view.Word(t + 1))))
            {
                t++; // "U.S. and allied officials", "Egypt and Jordan"
                continue;
            }

            if (!capital)
            {
                if (PhraseWords.InnerPrepositions.Contains(word) && t > start && (view.IsCapitalized(t + 1) || PhraseWords.Determiners.Contains(view.Word(t + 1))))
                {
                    t++;
                    continue;
                }

                if (PhraseWords.Stops.Contains(word) && !(t == start && PhraseWords.Pronouns.Contains(word)))
                {
                    break;
                }

                if (!PhraseWords.Determiners.Contains(word) && !RoleWords.Roles.Contains(word) && view.Tokens[t].Kind != TokenKind.Clitic && !PhraseWords.Pronouns.Contains(word))
                {
                    break;
                }
            }

            t++;
            if (t - start == 1 && PhraseWords.Pronouns.Contains(word))
            {
                break;
            }
        }

        return Trim(view, new Phrase(start, t));
    }

    /// <summary>The subject at the start of sentence <paramref name="sentence"/>, after a leading adverbial ("Last week, …").</summary>
    public static Phrase SentenceSubject(ArticleView view, int sentence)
    {
        var s = view.Sentences[sentence];
        int t = s.FirstToken;
        int end = s.EndToken;
        while (t < end && !view.IsWordLike(t))
        {
            t++;
        }

        if (t < end && LeadsAdverbial(view, t))
        {
            int comma = t;
            while (comma < end && comma - t < 16 && !view.IsPunct(comma, ','))
            {
                comma++;
            }

            if (comma < end && view.IsPunct(comma, ','))
            {
                t = comma + 1;
            }
        }

        return After(view, t, end);
    }

    private static bool LeadsAdverbial(ArticleView view, int t)
    {
        var w = view.Word(t);
        return w.Equals("In", StringComparison.Ordinal) || w.Equals("On", StringComparison.Ordinal) || w.Equals("At", StringComparison.Ordinal)
            || w.Equals("Last", StringComparison.Ordinal) || w.Equals("Later", StringComparison.Ordinal) || w.Equals("When", StringComparison.Ordinal)
            || w.Equals("After", StringComparison.Ordinal) || w.Equals("Following", StringComparison.Ordinal) || w.Equals("However", StringComparison.Ordinal)
            || w.Equals("Meanwhile", StringComparison.Ordinal) || w.Equals("During", StringComparison.Ordinal) || w.Equals("Earlier", StringComparison.Ordinal)
            || w.Equals("Separately", StringComparison.Ordinal) || w.Equals("Still", StringComparison.Ordinal) || w.Equals("Despite", StringComparison.Ordinal)
            || w.Equals("As", StringComparison.Ordinal) || w.Equals("With", StringComparison.Ordinal) || w.Equals("Since", StringComparison.Ordinal);
    }

    private static bool IsGapWord(ArticleView view, int t)
    {
        if (!view.IsWordLike(t))
        {
            return false;
        }

        var w = view.Word(t);
        return PhraseWords.BetweenSubjectAndVerb.Contains(w) || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && !view.IsCapitalized(t));
    }

    private static Phrase Backward(ArticleView view, int end, int floor)
    {
        int t = end - 1;
        int stop = Math.Max(floor, end - MaxPhraseTokens);
        int start = end;
        while (t >= stop)
        {
            if (view.IsPunct(t, ')'))
            {
                // A parenthesis after a name: "Rep. Ilhan Omar (D-Minn.) said".
                int open = t - 1;
                while (open >= stop && !view.IsPunct(open, '(') && t - open < 8)
                {
                    open--;
                }

                if (open >= stop && view.IsPunct(open, '(') && start == end)
                {
                    end = open;
                    start = open;
                    t = open - 1;
                    continue;
                }

                break;
            }

            if (!view.IsWordLike(t))
            {
                break;
            }

            var word = view.Word(t);
            if (!view.IsCapitalized(t) && view.Tokens[t].Kind != TokenKind.Clitic && view.Tokens[t].Kind != TokenKind.Number)
            {
                if (word.Equals("and", StringComparison.Ordinal) && start < end && t - 1 >= stop && (view.IsCapitalized(t - 1) || view.Tokens[t - 1].Kind == TokenKind.Abbreviation))
                {
                    start = t;
                    t--;
                    continue;
                }

                if (PhraseWords.InnerPrepositions.Contains(word) && start < end && t - 1 >= stop && view.IsWordLike(t - 1)
                    && !PhraseWords.Stops.Contains(view.Word(t - 1)))
                {
                    start = t;
                    t--;
                    continue;
                }

                if (PhraseWords.Stops.Contains(word) && !(PhraseWords.Pronouns.Contains(word) && start == end))
                {
                    break;
                }

                if (PhraseWords.Pronouns.Contains(word))
                {
                    start = t;
                    break;
                }

                if (!RoleWords.Roles.Contains(word) && !PhraseWords.Determiners.Contains(word))
                {
                    break; // an unknown lower-case word is more often a verb ("issued") than part of a name.
                }
            }
            else if (view.Tokens[t].Kind == TokenKind.Clitic)
            {
                if (start == end || t - 1 < stop || !view.IsWordLike(t - 1))
                {
                    break; // "Kim’s said" is not a subject.
                }

                // A possessive takes its possessor whatever it is: "the city’s police".
                start = t - 1;
                t -= 2;
                continue;
            }

            start = t;
            t--;
        }

        return Trim(view, new Phrase(start, end));
    }

    /// <summary>Drops leading prepositions and trailing clitics; a phrase must end in a noun or name.</summary>
    private static Phrase Trim(ArticleView view, Phrase phrase)
    {
        int s = phrase.Start, e = phrase.End;
        while (s < e && (PhraseWords.InnerPrepositions.Contains(view.Word(s)) || view.Is(s, "and")))
        {
            s++;
        }

        while (e > s && (view.Tokens[e - 1].Kind == TokenKind.Clitic || PhraseWords.InnerPrepositions.Contains(view.Word(e - 1))
            || view.Is(e - 1, "and") || PhraseWords.Determiners.Contains(view.Word(e - 1)) && e - 1 > s))
        {
            e--;
        }

        if (e - s == 1 && PhraseWords.Determiners.Contains(view.Word(s)) && !view.Is(s, "both"))
        {
            return new Phrase(s, s);
        }

        return new Phrase(s, e);
    }
}
