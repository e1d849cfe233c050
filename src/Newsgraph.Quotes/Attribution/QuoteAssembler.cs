using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Direct;
using Newsgraph.Quotes.Speakers;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Attribution;

/// <summary>
/// Puts the finders together: pairs and filters direct quotations, finds their cues, finds reported
/// speech, then resolves every speaker in text order so pronouns see the speakers before them. A
/// direct quotation with no cue of its own takes its speaker from context: the quotation it
/// continues, the last speaker in its paragraph or the one before, or the subject of the sentence
/// before; a pull-quote heading takes the speaker of the later quotation that repeats it.
/// </summary>
internal static class QuoteAssembler
{
    /// <summary>Paragraphs back that a quote with no cue may take the last speaker from.</summary>
    private const int ContextParagraphs = 1;

    /// <summary>Characters searched on either side of a cue for its medium; it sits in the same clause.</summary>
    private const int MediumWindowChars = 240;

    public static List<FoundQuote> Assemble(ArticleView view, NameIndex names, SpeakerResolver resolver, out bool capped, CancellationToken cancellationToken)
    {
        var raw = DirectQuoteScanner.Scan(view.Text, view.Paragraphs, out capped, cancellationToken);
        var kept = new List<RawQuote>();
        RawQuote? outer = null;
        foreach (var q in raw)
        {
            if (!q.Nested)
            {
                outer = null;
            }

            if (q.Nested && (outer is null || q.Start < outer.Start || q.End > outer.End))
            {
                continue;
            }

            if (QuotationFilter.IsQuotation(view, q))
            {
                kept.Add(q);
                if (!q.Nested)
                {
                    outer = q;
                }
            }
        }

        var insideQuote = new bool[view.Tokens.Length];
        foreach (var q in kept.Where(q => !q.Nested))
        {
            for (int t = view.TokenAtOrAfter(q.OpenMark); t < view.Tokens.Length && view.Tokens[t].End <= q.CloseEnd; t++)
            {
                insideQuote[t] = true;
            }
        }

        resolver.InsideQuote = insideQuote;

        // Events in text order: each direct quote at its cue (or start), each report at its verb.
        var events = new List<(int Position, int Order, RawQuote? Quote, CueMatch? Cue, ReportedSpeech? Report)>();
        var directCueVerbs = new HashSet<int>();
        int previousClose = 0, previousParagraph = -1, outerPosition = 0;
        foreach (var q in kept)
        {
            if (q.Paragraph != previousParagraph)
            {
                previousClose = 0;
                previousParagraph = q.Paragraph;
            }

            var cue = q.Nested ? null : DirectCueFinder.Find(view, q, previousClose);
            int position = cue is null ? q.Start : view.Tokens[cue.VerbToken].Start;
            if (q.Nested)
            {
                position = outerPosition; // after its outer quotation, whose speaker it may take
            }

            events.Add((position, events.Count, q, cue, null));
            if (cue is not null && view.Tokens[cue.VerbToken].Start >= q.CloseEnd)
            {
                // "…,” Trump tweeted soon after …": the verb after a quotation is its cue, not a new report.
                directCueVerbs.Add(cue.VerbToken);
            }

            if (!q.Nested)
            {
                previousClose = q.CloseEnd;
                outerPosition = position;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var reports = IndirectFinder.Find(view, insideQuote, directCueVerbs, cancellationToken);
        foreach (var r in reports)
        {
            events.Add((view.Tokens[r.VerbToken].Start, events.Count, null, null, r));
        }

        events.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));

        var found = new List<FoundQuote>();
        var byRaw = new Dictionary<RawQuote, FoundQuote>();
        FoundQuote? lastDirect = null;
        foreach (var (position, _, quote, cue, report) in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (report is not null)
            {
                int quotedWords = kept.Where(k => !k.Nested && k.OpenMark >= report.ContentStart && k.CloseEnd <= report.ContentEnd + 1).Sum(k => Words(view.Text, k.Start, k.End));
                if (quotedWords * 2 > Words(view.Text, report.ContentStart, report.ContentEnd))
                {
                    continue; // mostly a quotation: the direct quote stands for it.
                }

                var speaker = resolver.Resolve(SpeakerNames.Describe(view, report.Subject, names), position);
                var outlet = report.Outlet.IsEmpty ? null : SpeakerNames.Describe(view, report.Outlet, names);
                found.Add(new FoundQuote
                {
                    Kind = quotedWords > 0 ? QuoteKind.Mixed : QuoteKind.Indirect,
                    Start = report.ContentStart,
                    End = report.ContentEnd,
                    Speaker = speaker,
                    Outlet = outlet is { IsPerson: false } ? outlet : null,
                    Cue = CueText(view, report.VerbToken),
                    Lemma = report.Lemma,
                    Medium = MediumOf(view, report.Sentence, view.Tokens[report.Subject.Start].Start, report.ContentStart, report.ContentEnd),
                });
                continue;
            }

            var q = quote!;
            SpeakerRef? who;
            string? medium = null;
            if (cue is not null)
            {
                who = resolver.Resolve(SpeakerNames.Describe(view, cue.Subject, names), position);
                int s = view.SentenceOfToken(cue.VerbToken);
                medium = cue.VerbToken >= view.TokenAtOrAfter(q.CloseEnd)
                    ? MediumOf(view, s, q.CloseEnd, view.Text.Length, view.Text.Length)
                    : MediumOf(view, s, view.Sentences[s].Start, q.OpenMark, q.OpenMark);
            }
            else
            {
                who = ContextSpeaker(view, names, resolver, q, lastDirect, byRaw);
            }

            var item = new FoundQuote
            {
                Kind = QuoteKind.Direct,
                Outlet = cue is not null && cue.Lemma == "tell" ? IndirectFinder.OutletAfter(view, names, cue.VerbToken) : null,
                Start = q.Start,
                End = q.End,
                Speaker = who,
                Cue = cue is null ? null : CueText(view, cue.VerbToken),
                Lemma = cue?.Lemma,
                Medium = medium,
                FromContext = cue is null,
                Nested = q.Nested,
            };
            found.Add(item);
            byRaw[q] = item;
            if (!q.Nested)
            {
                lastDirect = item;
            }
        }

        RepeatedQuoteSpeakers(view, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static SpeakerRef? ContextSpeaker(ArticleView view, NameIndex names, SpeakerResolver resolver, RawQuote q, FoundQuote? lastDirect, Dictionary<RawQuote, FoundQuote> byRaw)
    {
        if (q.Nested)
        {
            // A quotation inside a quotation: its speaker is named inside the outer one when a cue
            // precedes it there ("Volker confirmed … that ‘there was no linkage'"), else the outer speaker.
            var outer = byRaw.Where(kv => !kv.Key.Nested && kv.Key.Start <= q.Start && kv.Key.End >= q.End).Select(kv => kv.Value).LastOrDefault();
            int open = view.TokenAtOrAfter(q.OpenMark);
            int floor = outer is null ? open : view.TokenAtOrAfter(outer.Start);
            for (int v = floor; v < open; v++)
            {
                if (view.IsWordLike(v) && !view.IsCapitalized(v) && ReportingVerbs.TryGet(view.Word(v), out _, out _)
                    && NounPhrases.SubjectBefore(view, v, floor) is { IsEmpty: false } subject
                    && SpeakerNames.Describe(view, subject, names) is { Pronoun: null } named)
                {
                    return named;
                }
            }

            return outer?.Speaker;
        }

        if (lastDirect is not null && (q.ContinuesPrevious || view.ParagraphAt(lastDirect.Start) == q.Paragraph) && lastDirect.Speaker is not null)
        {
            resolver.Record(lastDirect.Speaker, q.Start);
            return lastDirect.Speaker;
        }

        var last = resolver.Last;
        int sentence = view.SentenceAt(q.OpenMark);
        if (last is not null && view.ParagraphAt(last.MentionStart) is int p && p >= q.Paragraph - ContextParagraphs && p <= q.Paragraph)
        {
            return last;
        }

        if (sentence > 0 && q.Paragraph > 0)
        {
            var subject = SpeakerNames.Describe(view, NounPhrases.SentenceSubject(view, sentence - 1), names);
            if (subject is not null && view.ParagraphAt(view.Sentences[sentence - 1].Start) == q.Paragraph - 1)
            {
                return resolver.Resolve(subject, q.Start);
            }
        }

        return null;
    }

    /// <summary>A pull-quote ("My fears have been realized") takes the speaker of a later quotation that repeats its words.</summary>
    private static void RepeatedQuoteSpeakers(ArticleView view, List<FoundQuote> found)
    {
        var directs = found.Where(f => f.Kind == QuoteKind.Direct).OrderBy(f => f.Start).ToList();
        for (int i = 0; i < directs.Count; i++)
        {
            var q = directs[i];
            if (!q.FromContext || q.End - q.Start > 200)
            {
                continue;
            }

            string words = view.Slice(q.Start, q.End).TrimEnd('.', ',', '!', '?');
            for (int j = i + 1; j < directs.Count && j < i + 6; j++)
            {
                var later = directs[j];
                if (!later.FromContext && later.Speaker is not null
                    && view.Text.AsSpan(later.Start, later.End - later.Start).Contains(words, StringComparison.OrdinalIgnoreCase))
                {
                    q.Speaker = later.Speaker;
                    break;
                }
            }
        }
    }

    private static int Words(string text, int start, int end)
    {
        int n = 0;
        bool inWord = false;
        for (int i = start; i < end && i < text.Length; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                n++;
            }

            inWord = letter;
        }

        return n;
    }

    private static string CueText(ArticleView view, int verb)
    {
        string cue = view.WordString(verb);
        return view.Is(verb, "told") && (view.Is(verb + 1, "reporters") || view.Is(verb + 1, "journalists"))
            ? cue + " " + view.WordString(verb + 1)
            : cue;
    }

    private static string? MediumOf(ArticleView view, int sentence, int from, int skipStart, int skipEnd)
    {
        if (sentence < 0)
        {
            return null;
        }

        var s = view.Sentences[sentence];
        int start = Math.Max(s.Start, Math.Min(from, s.End));
        int beforeEnd = Math.Min(skipStart, s.End);
        var before = MediumCues.Find(view.Text, Math.Max(start, beforeEnd - MediumWindowChars), beforeEnd);
        if (before is { } b)
        {
            return b.Text;
        }

        int afterStart = Math.Max(start, skipEnd);
        var after = MediumCues.Find(view.Text, afterStart, Math.Min(s.End, afterStart + MediumWindowChars));
        return after?.Text;
    }
}
