using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Speakers;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Attribution;

/// <summary>
/// Finds reported speech: a reporting verb with a subject and a clause for content. The content
/// follows the verb ("said (that) …", "told reporters …", "warned …"), after an object for "told",
/// and after a medium or time phrase ("said in an interview that …", "told US media this month
/// that …"); or it precedes the attribution at the sentence's end ("…, the US military said in a
/// statement on Wednesday."). A participle after a comma (", saying …", ", adding …") starts a new
/// report with the main clause's subject. Verbs inside a report's content are not reports of their
/// own ("He also said he hoped …" is one report).
/// </summary>
internal static class IndirectFinder
{
    /// <summary>Tokens stepped over between the verb and its content ("in a statement on Wednesday").</summary>
    private const int MaxLeadTokens = 10;

    /// <summary>A clause has at least this many words; "said yes" is not reported speech.</summary>
    private const int MinContentWords = 3;

    public static List<ReportedSpeech> Find(ArticleView view, bool[] insideQuote, HashSet<int> directCueVerbs, CancellationToken cancellationToken)
    {
        var found = new List<ReportedSpeech>();
        for (int s = 0; s < view.Sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = view.Sentences[s];
            int resume = sentence.FirstToken;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (insideQuote[t] || !view.IsWordLike(t) || view.IsCapitalized(t) || directCueVerbs.Contains(t))
                {
                    continue;
                }

                // Inside an earlier report's content only a new report joined by "and" or led by a
                // named subject after a subordinator counts ("… after Politico reported the aid …").
                if (t < resume && !view.Is(t - 1, "and") && !(view.IsCapitalized(t - 1) && (view.Is(t - 2, "after") || view.Is(t - 2, "when") || view.Is(t - 2, "as") || view.Is(t - 2, "because"))))
                {
                    continue;
                }

                if (!ReportingVerbs.TryGet(view.Word(t), out var lemma, out var use) || (use & CueUse.Indirect) == 0)
                {
                    continue;
                }

                var report = At(view, insideQuote, s, t, lemma);
                if (report is not null)
                {
                    if (found.Count > 0 && found[^1].Sentence == s && found[^1].ContentEnd > view.Tokens[t].Start && found[^1].ContentStart < view.Tokens[t].Start)
                    {
                        // The earlier report's content ends where this one starts.
                        int cut = view.Tokens[report.Subject.Start].Start > found[^1].ContentStart ? report.Subject.Start - 1 : t - 1;
                        while (cut > 0 && (view.Is(cut, "and") || view.Is(cut, "but") || view.Is(cut, "after") || view.Is(cut, "when") || view.Is(cut, "as") || view.Is(cut, "because") || view.IsPunct(cut, ',')))
                        {
                            cut--;
                        }

                        found[^1] = found[^1] with { ContentEnd = Math.Max(found[^1].ContentStart + 1, view.Tokens[cut].End) };
                    }

                    found.Add(report);
                    resume = view.TokenAtOrAfter(report.ContentEnd);
                    if (report.ContentEnd <= view.Tokens[t].Start)
                    {
                        resume = t + 1;
                    }
                }
            }
        }

        return found;
    }

    private static ReportedSpeech? At(ArticleView view, bool[] insideQuote, int s, int verb, string lemma)
    {
        var sentence = view.Sentences[s];
        int floor = sentence.FirstToken;
        for (int t = verb - 1; t >= sentence.FirstToken; t--)
        {
            if (insideQuote[t])
            {
                floor = t + 1;
                break;
            }
        }

        bool participle = ReportingVerbs.IsParticiple(view.Word(verb));
        if (participle && !view.IsPunct(verb - 1, ',') && !view.Is(verb - 1, "is") && !view.Is(verb - 1, "are") && !view.Is(verb - 1, "was") && !view.Is(verb - 1, "were"))
        {
            return null;
        }

        var subject = VerbSubjects.Of(view, verb, floor);
        if (!subject.IsEmpty && view.IsPunct(subject.Start - 1, '('))
        {
            return null;
        }

        if (subject.IsEmpty)
        {
            return null;
        }

        int end = sentence.EndToken;
        int c = verb + 1;
        Phrase outlet = default;
        if (lemma == "tell" && c < end)
        {
            var obj = NounPhrases.After(view, c, end);
            if (obj.IsEmpty)
            {
                return null;
            }

            if (IsOutlet(view, obj))
            {
                outlet = obj;
            }

            c = obj.End;
        }

        c = SkipLead(view, c, end);
        if (view.Is(c, "responsibility") || view.Is(c, "credit"))
        {
            return null; // "claimed responsibility for …" is an act, not reported speech; the claim finder keeps it.
        }

        // "claimed victory", "announced the decision": without "that" or a pronoun subject these
        // verbs take an object, not a clause.
        bool clauseFollows = view.Is(c, "that") || ReportingVerbs.TakesBareClause(lemma)
            || c < end && view.IsWordLike(c) && PhraseWords.Pronouns.Contains(view.Word(c));
        if (view.Is(c, "that"))
        {
            c++;
        }

        int contentEnd = ContentEnd(view, insideQuote, c, end);
        if (clauseFollows && c < end && !view.IsPunct(c, ',') && !view.IsPunct(c, '.') && view.Tokens[c].Kind != TokenKind.Quote
            && !PhraseWords.InnerPrepositions.Contains(view.Word(c)) && !view.Is(c, "about") && !view.Is(c, "on") && !view.Is(c, "in")
            && Words(view, c, contentEnd) >= MinContentWords && LooksLikeClause(view, c, contentEnd))
        {
            return new ReportedSpeech
            {
                VerbToken = verb, Lemma = lemma, Subject = subject, Outlet = outlet, Sentence = s,
                ContentStart = view.Tokens[c].Start, ContentEnd = view.Tokens[contentEnd - 1].End,
            };
        }

        // Content before: "…, the US military said in a statement on Wednesday."
        if (participle || !TailIsAttributionOnly(view, c, end) || subject.Start - 1 <= sentence.FirstToken || !view.IsPunct(subject.Start - 1, ','))
        {
            return null;
        }

        int start = sentence.FirstToken;
        while (start < subject.Start && !view.IsWordLike(start))
        {
            start++;
        }

        int last = subject.Start - 2;
        if (last < start || insideQuote[start] || insideQuote[last] || Words(view, start, last + 1) < MinContentWords)
        {
            return null;
        }

        return new ReportedSpeech
        {
            VerbToken = verb, Lemma = lemma, Subject = subject, Outlet = outlet, Sentence = s,
            ContentStart = view.Tokens[start].Start, ContentEnd = view.Tokens[last].End,
        };
    }

    /// <summary>The news outlet told something, after "told" at <paramref name="verb"/> ("told the BBC"), or null.</summary>
    public static SpeakerRef? OutletAfter(ArticleView view, NameIndex names, int verb)
    {
        int end = view.SentenceOfToken(verb) is int s ? view.Sentences[s].EndToken : view.Tokens.Length;
        var obj = NounPhrases.After(view, verb + 1, end);
        return !obj.IsEmpty && IsOutlet(view, obj) ? SpeakerNames.Describe(view, obj, names) : null;
    }

    private static bool IsOutlet(ArticleView view, Phrase phrase)
    {
        for (int t = phrase.Start; t < phrase.End; t++)
        {
            if (!view.IsCapitalized(t) && MediaWords.Audiences.Contains(view.Word(t)))
            {
                return false;
            }
        }

        for (int t = phrase.Start; t < phrase.End; t++)
        {
            if (MediaWords.Names.Contains(view.Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Steps over medium and time phrases between a verb and its content.</summary>
    private static int SkipLead(ArticleView view, int c, int end)
    {
        int start = c;
        while (c < end && c - start < MaxLeadTokens)
        {
            if ((view.Is(c, "in") || view.Is(c, "on") || view.Is(c, "via")) && c + 1 < end)
            {
                var medium = MediumCues.Find(view.Text, view.Tokens[c].Start, view.Tokens[Math.Min(end, c + 8) - 1].End);
                if (medium is { } m && m.Start == view.Tokens[c].Start)
                {
                    c = view.TokenAtOrAfter(m.Start + m.Text.Length);
                    continue;
                }

                if (view.Is(c, "on") && IsTimeWord(view, c + 1))
                {
                    c += 2;
                    continue;
                }
            }

            if (IsTimeWord(view, c))
            {
                c++;
                continue;
            }

            if ((view.Is(c, "this") || view.Is(c, "last")) && IsTimeWord(view, c + 1))
            {
                c += 2;
                continue;
            }

            break;
        }

        return c;
    }

    private static bool IsTimeWord(ArticleView view, int t) =>
        t < view.Tokens.Length && view.IsWordLike(t) && TimeWords.Contains(view.Word(t));

    private static readonly WordSet TimeWords = new([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "earlier", "later",
        "recently", "previously", "again", "also", "repeatedly", "publicly", "privately", "separately",
    ]);

    private static bool TailIsAttributionOnly(ArticleView view, int c, int end)
    {
        return c >= end || view.IsPunct(c, '.') || view.IsPunct(c, '!') || view.IsPunct(c, ',') && (view.Is(c + 1, "according") || view.Is(c + 1, "citing"));
    }

    /// <summary>Content ends at the sentence end, or before ", saying …"/", according to …", or at a direct quote's cue.</summary>
    private static int ContentEnd(ArticleView view, bool[] insideQuote, int c, int end)
    {
        for (int t = c + 1; t < end; t++)
        {
            if (view.IsPunct(t, ',') && t + 1 < end && view.IsWordLike(t + 1)
                && (view.Is(t + 1, "according") || view.Is(t + 1, "citing")
                    || ReportingVerbs.IsParticiple(view.Word(t + 1)) && ReportingVerbs.TryGet(view.Word(t + 1), out _, out var use) && (use & CueUse.Indirect) != 0))
            {
                return t;
            }

            if (view.IsPunct(t, ';') || view.IsPunct(t, ',') && (view.Is(t + 1, "while") || view.Is(t + 1, "whereas")))
            {
                return t;
            }
        }

        int last = end;
        while (last > c + 1 && (view.Tokens[last - 1].Kind is TokenKind.Punctuation || view.Tokens[last - 1].Kind == TokenKind.Quote && !insideQuote[last - 1]))
        {
            last--;
        }

        return last;
    }

    private static int Words(ArticleView view, int from, int to)
    {
        int n = 0;
        for (int t = from; t < to; t++)
        {
            if (view.IsWordLike(t))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// A clause has a finite verb: an auxiliary or modal, or a past or present verb form after its
    /// subject. Without a tagger this is a cue-word test, and it keeps "warned of “dangerous
    /// consequences”" and "said goodbye" out.
    /// </summary>
    private static bool LooksLikeClause(ArticleView view, int from, int to)
    {
        if (PhraseWords.Pronouns.Contains(view.Word(from)) && !view.Is(from, "it") || view.Is(from, "it") && from + 1 < to && !view.IsPunct(from + 1, ','))
        {
            return true; // a pronoun right after the verb is the content's subject: "said he would".
        }

        for (int t = from + 1; t < to; t++)
        {
            if (!view.IsWordLike(t) || view.IsCapitalized(t))
            {
                continue;
            }

            var w = view.Word(t);
            if (FiniteMarkers.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3
                || view.Tokens[t].Kind == TokenKind.Clitic && (w.EndsWith("re", StringComparison.Ordinal) || w.EndsWith("ll", StringComparison.Ordinal) || w.EndsWith("ve", StringComparison.Ordinal) || w.EndsWith("t", StringComparison.Ordinal)
                    || w.EndsWith("s", StringComparison.Ordinal) && PhraseWords.Pronouns.Contains(view.Word(t - 1))))
            {
                return true;
            }

            if (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && t - 1 >= from && view.IsWordLike(t - 1)
                && !PhraseWords.Determiners.Contains(view.Word(t - 1)) && !PhraseWords.FunctionWords.Contains(view.Word(t - 1)) && view.Tokens[t - 1].Kind != TokenKind.Number)
            {
                return true; // "this case demonstrates", "it still considers"
            }

            if (PhraseWords.Pronouns.Contains(w) && !view.Is(t, "it") && t + 1 < to && view.IsWordLike(t + 1) && !view.IsCapitalized(t + 1))
            {
                return true; // "… fighting off the child's mother, he drove …"
            }
        }

        return false;
    }

    private static readonly WordSet FiniteMarkers = new([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might",
        "must", "did", "does", "do", "shall", "won't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't",
        "didn't", "doesn't", "don't", "wouldn't", "couldn't", "shouldn't", "saw", "took", "made", "knew", "thought",
        "went", "came", "got", "gave", "told", "felt", "found", "became", "left", "put", "sent", "brought", "began",
        "kept", "held", "lost", "met", "paid", "ran", "said", "wrote", "spoke", "stood", "understood", "won", "sold",
    ]);
}
