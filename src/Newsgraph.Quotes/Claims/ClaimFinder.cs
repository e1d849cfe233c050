using System.Text.RegularExpressions;
using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Attribution;
using Newsgraph.Quotes.Cues;
using Newsgraph.Quotes.Speakers;
using Newsgraph.Quotes.Text;

namespace Newsgraph.Quotes.Claims;

/// <summary>
/// Statements the article attributes to a source instead of asserting them: reported speech and
/// substantive direct quotations, "according to X", unattributed reports ("reportedly"), and the
/// status sentences (declined to confirm, had no comment, remain classified, ruled out, could not
/// be verified). Source chains run from the nearest source to the original: a speaker who talked
/// to an outlet ("told the BBC") gets the outlet first; "X reported, citing Y" and an outlet's
/// report followed by "according to officials" make [outlet, officials].
/// </summary>
internal static class ClaimFinder
{
    /// <summary>A direct quotation this long states something; shorter fragments are mostly phrasing or feeling.</summary>
    private const int MinDirectClaimWords = 6;

    /// <summary>Sentences back that "could not be verified" reaches; it refers to the claims just made.</summary>
    private const int UnconfirmedReach = 4;

    /// <summary>Sentences after an outlet's report in which "according to officials" names its sources.</summary>
    private const int OutletSourcingReach = 2;

    /// <param name="site">The publication's own name ("The Hill"): a speaker who "told The Hill" in The Hill's article talked to the reporter, so the publication is no link of the chain.</param>
    public static List<FoundClaim> Find(ArticleView view, NameIndex names, SpeakerResolver resolver, IReadOnlyList<FoundQuote> quotes, string? site, CancellationToken cancellationToken)
    {
        var claims = new List<FoundClaim>();
        foreach (var q in quotes)
        {
            if (q.Nested || q.Speaker is null || q.Kind == QuoteKind.Direct && Words(view.Text, q.Start, q.End) < MinDirectClaimWords)
            {
                continue;
            }

            var claim = new FoundClaim
            {
                Start = q.Start,
                End = q.End,
                Sentence = view.SentenceAt(q.Start),
                Status = ClaimCues.StatusOfLemma(q.Lemma) ?? ClaimStatus.Reported,
                ByOutlet = q.Lemma == "report" && IsOutlet(q.Speaker),
            };
            if (q.Outlet is not null && !IsPublication(q.Outlet, site))
            {
                claim.Append(q.Outlet);
            }

            claim.Append(q.Speaker);
            if (q.Kind == QuoteKind.Direct && ReportedInside(view, names, q) is { } inner)
            {
                claim.Append(inner.Source);
                claim.Status = ClaimCues.StatusOfLemma(inner.Lemma) ?? claim.Status;
            }

            claims.Add(claim);
        }

        claims.Sort((a, b) => a.Start.CompareTo(b.Start));
        var cues = new CueIndex(view.Text);
        var bySentence = claims.GroupBy(c => c.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        for (int s = 0; s < view.Sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = view.Sentences[s];
            if (sentence.Length > MaxSentenceChars)
            {
                continue; // not prose: no claim cue is read in a sentence this long.
            }

            bySentence.TryGetValue(s, out var here);
            here ??= [];
            StatusCues(view, names, resolver, cues, s, here, claims, bySentence);
            AccordingTo(view, names, cues, s, here, claims, bySentence);
            Accusation(view, names, resolver, cues, s, here, claims, bySentence);
            Citing(view, names, cues, s, here);
            Unattributed(view, names, cues, s, here, claims, bySentence);
        }

        claims.Sort((a, b) => a.Start.CompareTo(b.Start));
        OutletSourcing(view, claims);
        foreach (var c in claims)
        {
            var sentence = view.Sentences[Math.Max(0, c.Sentence)];
            int from = Math.Min(sentence.Start, c.Start);
            c.Hedged = ClaimCues.Hedge().IsMatch(view.Text.AsSpan(from, Math.Max(0, c.End - from)));
        }

        return claims;
    }

    /// <summary>Tokens into a quotation within which a report of someone else's words opens it.</summary>
    private const int MaxInnerReportLead = 8;

    /// <summary>
    /// A quotation that opens by reporting another source's words — "“Specifically, Ambassador Volker
    /// confirmed under oath that he had no indication …,” she said" — passes that claim on: the chain
    /// is [speaker, Volker]. Only a named or described source with a "that" clause counts; "I",
    /// "we" and pronouns are the speaker's own voice or unresolvable inside a quote.
    /// </summary>
    private static (SpeakerRef Source, string Lemma)? ReportedInside(ArticleView view, NameIndex names, FoundQuote q)
    {
        int first = view.TokenAtOrAfter(q.Start);
        if (first >= view.Tokens.Length)
        {
            return null;
        }

        int end = Math.Min(view.Sentences[view.SentenceOfToken(first)].EndToken, first + MaxInnerReportLead);
        for (int t = first; t < end && view.Tokens[t].End <= q.End; t++)
        {
            if (!view.IsWordLike(t) || view.IsCapitalized(t) || !ReportingVerbs.TryGet(view.Word(t), out var lemma, out var use)
                || (use & CueUse.Indirect) == 0 || ReportingVerbs.IsParticiple(view.Word(t)))
            {
                continue;
            }

            bool that = false;
            for (int k = t + 1; k <= t + 4 && k < view.Tokens.Length && view.Tokens[k].End <= q.End; k++)
            {
                that |= view.Is(k, "that");
            }

            var subject = NounPhrases.SubjectBefore(view, t, first);
            if (!that || subject.IsEmpty || SpeakerNames.Describe(view, subject, names) is not { Pronoun: null } source
                || source.Kind is null && !view.IsCapitalized(subject.End - 1))
            {
                return null;
            }

            return (source, lemma);
        }

        return null;
    }

    /// <summary>Longest "according to" description read when it is not a name ("evidence presented at trial").</summary>
    private const int MaxDescriptionTokens = 8;

    /// <summary>Sentences longer than this are not read for claim cues (a hostile 1 MB "sentence").</summary>
    private const int MaxSentenceChars = 4000;

    private static void StatusCues(ArticleView view, NameIndex names, SpeakerResolver resolver, CueIndex index, int s, List<FoundClaim> here, List<FoundClaim> claims, Dictionary<int, List<FoundClaim>> bySentence)
    {
        var sentence = view.Sentences[s];
        string text = view.Text;
        foreach (var (pattern, status) in index.Statuses)
        {
            if (pattern.First(sentence.Start, sentence.End) is not { } match)
            {
                continue;
            }

            int cueToken = view.TokenAtOrAfter(match.Index);
            var subject = VerbSubjects.Of(view, cueToken, sentence.FirstToken);
            if (subject.IsEmpty)
            {
                subject = NounPhrases.SentenceSubject(view, s);
            }

            var source = resolver.Resolve(SpeakerNames.Describe(view, subject, names), match.Index);
            var existing = here.Find(c => c.Start <= match.Index && c.End >= match.Index)
                ?? here.Find(c => c.Start >= match.Index && c.Start - (match.Index + match.Length) < 40);
            if (existing is not null)
            {
                if (status != ClaimStatus.Reported)
                {
                    existing.Status = status;
                }

                continue;
            }

            // The claim starts at the clause whose subject made it: "while the city’s police deny …".
            int claimStart = subject.IsEmpty || subject.End > cueToken || status == ClaimStatus.Classified || !AfterClauseBoundary(view, subject.Start)
                ? sentence.Start
                : view.Tokens[subject.Start].Start;
            var claim = new FoundClaim { Start = claimStart, End = TrimEnd(view, sentence.End), Sentence = s, Status = status };
            if (source is not null && status != ClaimStatus.Classified)
            {
                claim.Append(source);
            }

            Add(claim, here, claims, bySentence);
        }

        if (index.Unconfirmed.First(sentence.Start, sentence.End) is { } doubt)
        {
            var targets = here.Where(c => c.Start < doubt.Index).ToList();
            if (targets.Count == 0)
            {
                targets = claims.Where(c => c.Sentence < s && c.Sentence >= s - UnconfirmedReach).ToList();
            }

            foreach (var c in targets)
            {
                if (c.Status == ClaimStatus.Reported)
                {
                    c.Status = ClaimStatus.Unconfirmed;
                }
            }
        }
    }

    private static void AccordingTo(ArticleView view, NameIndex names, CueIndex index, int s, List<FoundClaim> here, List<FoundClaim> claims, Dictionary<int, List<FoundClaim>> bySentence)
    {
        var sentence = view.Sentences[s];
        if (index.AccordingTo.First(sentence.Start, sentence.End) is not { } match)
        {
            return;
        }

        int phraseStart = view.TokenAtOrAfter(match.Index + match.Length);
        var phrase = NounPhrases.After(view, phraseStart, sentence.EndToken);
        if (phrase.IsEmpty)
        {
            // "according to evidence presented at trial": a description up to the clause's end.
            int e = phraseStart;
            while (e < sentence.EndToken && e - phraseStart < MaxDescriptionTokens && view.IsWordLike(e))
            {
                e++;
            }

            phrase = new Phrase(phraseStart, e);
        }

        var source = SpeakerNames.Describe(view, phrase, names);
        if (source is null || source.Pronoun is not null)
        {
            return;
        }

        if (here.Count > 0)
        {
            foreach (var c in here)
            {
                c.Prepend(source);
            }

            return;
        }

        int start, end;
        if (match.Index <= sentence.Start + 1)
        {
            int t = phrase.End;
            while (t < sentence.EndToken && !view.IsWordLike(t))
            {
                t++;
            }

            if (t >= sentence.EndToken)
            {
                return;
            }

            start = view.Tokens[t].Start;
            end = TrimEnd(view, sentence.End);
        }
        else
        {
            start = sentence.Start;
            end = match.Index;
            while (end > start && (char.IsWhiteSpace(view.Text[end - 1]) || view.Text[end - 1] is ',' or '\u2014' or '-'))
            {
                end--;
            }
        }

        if (end - start < 10)
        {
            return;
        }

        var claim = new FoundClaim { Start = start, End = end, Sentence = s };
        claim.Append(source);
        Add(claim, here, claims, bySentence);
    }

    /// <summary>
    /// "X accused Y of Z": the claim is "Y of Z" (Y is said to have done Z) with X as its source;
    /// "Y was accused by X of Z": the clause from Y, with X as its source. An accusation with no
    /// accuser in its sentence ("was accused Wednesday of …") is left alone: its source is unknown.
    /// </summary>
    private static void Accusation(ArticleView view, NameIndex names, SpeakerResolver resolver, CueIndex index, int s, List<FoundClaim> here, List<FoundClaim> claims, Dictionary<int, List<FoundClaim>> bySentence)
    {
        var sentence = view.Sentences[s];
        if (index.Accused.First(sentence.Start, sentence.End) is not { } match)
        {
            return;
        }

        int verb = view.TokenAtOrAfter(match.Index);

        // "has accused Beijing": the subject is read before the auxiliary.
        int head = view.Is(verb - 1, "has") || view.Is(verb - 1, "have") || view.Is(verb - 1, "had") ? verb - 1 : verb;
        bool passive = IsBe(view, verb - 1) || IsBe(view, verb - 2) && view.IsWordLike(verb - 1);
        int start;
        Phrase accuser;
        if (passive)
        {
            // "Corbyn, a stolid socialist, is accused by critics of …": the accuser follows "by".
            if (!view.Is(verb + 1, "by"))
            {
                return;
            }

            accuser = NounPhrases.After(view, verb + 2, sentence.EndToken);
            var subject = VerbSubjects.Of(view, IsBe(view, verb - 1) ? verb - 1 : verb - 2, sentence.FirstToken);
            start = subject.IsEmpty || !AfterClauseBoundary(view, subject.Start) && subject.Start != sentence.FirstToken
                ? sentence.Start
                : view.Tokens[subject.Start].Start;
        }
        else
        {
            accuser = VerbSubjects.Of(view, head, sentence.FirstToken);
            if (accuser.IsEmpty || accuser.End > head || verb + 1 >= sentence.EndToken || !view.IsWordLike(verb + 1))
            {
                return;
            }

            start = view.Tokens[verb + 1].Start;
        }

        if (accuser.IsEmpty || resolver.Resolve(SpeakerNames.Describe(view, accuser, names), match.Index) is not { } source)
        {
            return;
        }

        // The accusation's own clause: up to the next claim already found in the sentence
        // ("accused the UK … of meddling … and warned that …" keeps the warning apart).
        int end = TrimEnd(view, sentence.End);
        foreach (var other in here)
        {
            if (other.Start > start && other.Start < end)
            {
                end = other.Start;
            }
        }

        if (here.Exists(c => c.Start <= start && c.End > start) || end - start < 10)
        {
            return; // already a claim (the accusation quoted as reported speech), or too short to state anything.
        }

        var claim = new FoundClaim { Start = start, End = TrimClauseEnd(view, start, end), Sentence = s };
        claim.Append(source);
        Add(claim, here, claims, bySentence);
    }

    private static bool IsBe(ArticleView view, int t) =>
        view.Is(t, "is") || view.Is(t, "are") || view.Is(t, "was") || view.Is(t, "were") || view.Is(t, "been") || view.Is(t, "be");

    /// <summary>Trims spaces, commas, dashes and a dangling "and warned that" from a clause cut short by the next claim.</summary>
    private static int TrimClauseEnd(ArticleView view, int start, int end)
    {
        for (int pass = 0; pass < 4; pass++)
        {
            while (end > start && (char.IsWhiteSpace(view.Text[end - 1]) || view.Text[end - 1] is ',' or '\u2014' or '-' or '“' or '"'))
            {
                end--;
            }

            int t = view.TokenAtOrAfter(end) - 1;
            if (t < 0 || view.Tokens[t].End != end || view.Tokens[t].Start <= start)
            {
                break;
            }

            if (view.Is(t, "that") || view.Is(t, "and") || ReportingVerbs.TryGet(view.Word(t), out _, out _))
            {
                end = view.Tokens[t].Start;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static void Citing(ArticleView view, NameIndex names, CueIndex index, int s, List<FoundClaim> here)
    {
        var sentence = view.Sentences[s];
        if (here.Count == 0 || index.Citing.First(sentence.Start, sentence.End) is not { } match)
        {
            return;
        }

        var phrase = NounPhrases.After(view, view.TokenAtOrAfter(match.Index + match.Length), sentence.EndToken);
        var source = SpeakerNames.Describe(view, phrase, names);

        // "citing Taliban violence" gives a reason, not a source: only people, named bodies and unnamed sources count.
        if (source is null || source.Pronoun is not null || source.Kind is null && !source.IsPerson && !view.IsCapitalized(phrase.End - 1))
        {
            return;
        }

        foreach (var c in here)
        {
            c.Append(source);
        }
    }

    private static void Unattributed(ArticleView view, NameIndex names, CueIndex index, int s, List<FoundClaim> here, List<FoundClaim> claims, Dictionary<int, List<FoundClaim>> bySentence)
    {
        var sentence = view.Sentences[s];
        if (here.Count > 0 || index.Unattributed.First(sentence.Start, sentence.End) is not { } match)
        {
            return;
        }

        var claim = new FoundClaim { Start = sentence.Start, End = TrimEnd(view, sentence.End), Sentence = s };

        // "WeWork is reportedly being investigated … According to Reuters, …": the next sentence names the source.
        if (s + 1 < view.Sentences.Length && view.ParagraphAt(view.Sentences[s + 1].Start) == view.ParagraphAt(sentence.Start)
            && index.AccordingTo.First(view.Sentences[s + 1].Start, view.Sentences[s + 1].End) is { } next)
        {
            var phrase = NounPhrases.After(view, view.TokenAtOrAfter(next.Index + next.Length), view.Sentences[s + 1].EndToken);
            if (SpeakerNames.Describe(view, phrase, names) is { Pronoun: null } named)
            {
                claim.Append(named);
            }
        }

        if (claim.Sources.Count == 0)
        {
            claim.Append(new SpeakerRef { Text = "unnamed reports", MentionStart = match.Index, MentionEnd = match.Index + match.Length, Kind = SpeakerKinds.UnnamedReport });
        }

        Add(claim, here, claims, bySentence);
    }

    /// <summary>
    /// An outlet reports a claim, and the next sentences say "according to officials": the officials
    /// are the outlet's sources, so both claims get the chain [outlet, officials].
    /// </summary>
    private static void OutletSourcing(ArticleView view, List<FoundClaim> claims)
    {
        for (int i = 0; i < claims.Count; i++)
        {
            var reported = claims[i];
            if (!reported.ByOutlet || reported.Sources.Count != 1)
            {
                continue;
            }

            var outlet = reported.Sources[0];
            for (int j = i + 1; j < claims.Count && claims[j].Sentence <= reported.Sentence + OutletSourcingReach; j++)
            {
                var next = claims[j];
                if (next.Sources.Count == 1 && next.Sources[0].Kind is SpeakerKinds.UnnamedOfficial or SpeakerKinds.UnnamedSource && next.Sentence > reported.Sentence)
                {
                    reported.Append(next.Sources[0]);
                    next.Prepend(outlet);
                }
            }
        }
    }

    /// <summary>The claim cue patterns, each run once over the whole text.</summary>
    private sealed class CueIndex(string text)
    {
        public (MatchIndex Pattern, ClaimStatus Status)[] Statuses { get; } =
        [
            (new MatchIndex(ClaimCues.Declined(), text), ClaimStatus.DeclinedToComment),
            (new MatchIndex(ClaimCues.NoComment(), text), ClaimStatus.NoComment),
            (new MatchIndex(ClaimCues.Classified(), text), ClaimStatus.Classified),
            (new MatchIndex(ClaimCues.Denial(), text), ClaimStatus.Denied),
            (new MatchIndex(ClaimCues.ClaimedResponsibility(), text), ClaimStatus.Reported),
            (new MatchIndex(ClaimCues.DisputedBy(), text), ClaimStatus.Disputed),
        ];

        public MatchIndex Unconfirmed { get; } = new(ClaimCues.Unconfirmed(), text);

        public MatchIndex AccordingTo { get; } = new(ClaimCues.AccordingTo(), text);

        public MatchIndex Accused { get; } = new(ClaimCues.Accused(), text);

        public MatchIndex Citing { get; } = new(ClaimCues.Citing(), text);

        public MatchIndex Unattributed { get; } = new(ClaimCues.Unattributed(), text);
    }

    private static bool IsPublication(SpeakerRef outlet, string? site) =>
        site is not null && string.Equals(WithoutThe(outlet.Text), WithoutThe(site), StringComparison.OrdinalIgnoreCase);

    private static string WithoutThe(string name)
    {
        string trimmed = name.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }

    private static bool IsOutlet(SpeakerRef speaker)
    {
        foreach (var word in speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (MediaWords.Names.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(FoundClaim claim, List<FoundClaim> here, List<FoundClaim> claims, Dictionary<int, List<FoundClaim>> bySentence)
    {
        here.Add(claim);
        claims.Add(claim);
        bySentence[claim.Sentence] = here;
    }

    private static bool AfterClauseBoundary(ArticleView view, int t) =>
        view.Is(t - 1, "while") || view.Is(t - 1, "whereas") || view.Is(t - 1, "but") || view.Is(t - 1, "and")
        || view.IsPunct(t - 1, ',') || view.IsPunct(t - 1, ';');

    private static int TrimEnd(ArticleView view, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(view.Text[end - 1]) || view.Text[end - 1] is '.'))
        {
            end--;
        }

        return end;
    }

    private static int Words(string text, int start, int end)
    {
        int n = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
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
}
