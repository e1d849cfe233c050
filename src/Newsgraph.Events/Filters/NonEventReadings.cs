using System.Collections.Frozen;
using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;

namespace Newsgraph.Events.Filters;

/// <summary>
/// Trigger words used where they report no event the article asserts (events-precision,
/// 2026-11-29). Each rule names a linguistic phenomenon, not a page; on the knowledge dev set each
/// removed wrong predictions from at least two articles (docs/events.md, "Precision filters").
/// The three added by events-f1b (comment-request, particle-back, show-sense) are other senses of
/// a trigger word that news uses often; on the dev set they removed four wrong predictions on four
/// articles and one candidate below the threshold.
/// The lexicon matches word forms, and without a part-of-speech tagger a participle used as an
/// adjective, a publication, an attempt's purpose or a nominal under a reporting verb all look like
/// the event verb or noun itself.
/// </summary>
internal static class NonEventReadings
{
    /// <summary>The rule names, as the trace and <see cref="EventStage.AblateVariable"/> spell them.</summary>
    public const string Modifier = "modifier";

    public const string Publication = "publication";

    public const string AttemptPurpose = "attempt-purpose";

    public const string ReportedNominal = "reported-nominal";

    public const string QuoteFrame = "quote-frame";

    public const string Obligation = "obligation";

    public const string CommentRequest = "comment-request";

    public const string ParticleBack = "particle-back";

    public const string ShowSense = "show-sense";

    public const string NoComment = "no-comment";

    public static readonly ImmutableArray<string> Rules = [Modifier, Publication, AttemptPurpose, ReportedNominal, QuoteFrame, Obligation, CommentRequest, ParticleBack, ShowSense, NoComment];

    /// <summary>
    /// Why (session 10): "declined to comment", "refused to confirm whether the report was accurate",
    /// "declined to say": the reporter's note that a source gave no answer. CAMEO codes it 011
    /// "decline comment", which CAMEO2PLOVER leaves unmapped (no PLOVER event), and our knowledge
    /// gold records it as a claim's status (declinedToComment), never as REJECT; refusing an act
    /// ("declined to release", "refused to negotiate") stays REJECT.
    /// </summary>
    private static readonly FrozenSet<string> RefusalWords = Set(
        "decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing");

    private static readonly FrozenSet<string> DisclosureVerbs = Set(
        "comment", "confirm", "say", "elaborate", "discuss", "specify", "disclose", "answer", "respond", "speculate", "reveal",
        "identify", "name", "explain", "deny", "detail");

    /// <summary>
    /// Why (events-f1b, 2026-11-30): "did not immediately respond to a request for comment", "asked
    /// for comment", "sought comment": the reporter's own routine query, never an event between the
    /// article's actors; news prints it in most articles, so a REQUEST read from it is always wrong.
    /// </summary>
    private static readonly FrozenSet<string> CommentWords = Set("comment", "comments", "a", "further", "immediate");

    private static readonly FrozenSet<string> CommentHeads = Set("comment", "comments");

    /// <summary>
    /// Why (events-f1b): "back" is SUPPORT as a transitive verb ("back the plan"); as a particle or
    /// adverb it reports no support: after these verbs ("taking back the freedoms", "hit back",
    /// "pay back") or before a direction ("leased properties … back to the company", "came back
    /// from"). Only the bare form "back": "backed", "backing", "backs" are verbs.
    /// </summary>
    private static readonly FrozenSet<string> ParticleVerbs = Set(
        "take", "takes", "took", "taken", "taking", "give", "gives", "gave", "given", "giving", "bring", "brings", "brought", "bringing",
        "come", "comes", "came", "coming", "go", "goes", "went", "going", "get", "gets", "got", "getting", "pay", "pays", "paid", "paying",
        "hit", "hits", "hitting", "fight", "fights", "fought", "fighting", "hold", "holds", "held", "holding", "push", "pushed", "pushing",
        "pushes", "roll", "rolled", "rolling", "rolls", "scale", "scaled", "scaling", "call", "called", "calling", "look", "looked",
        "looking", "step", "stepped", "stepping", "win", "won", "winning", "send", "sent", "sending", "turn", "turned", "turning",
        "draw", "drew", "drawn", "cut", "set", "sold", "sell", "selling", "leased", "lease", "bought", "buy", "buying", "moved", "move",
        "moving", "flew", "fly", "flown", "walked", "walk", "walking", "way", "bounce", "bounced", "spring", "sprang", "sit", "sat", "sits");

    private static readonly FrozenSet<string> Directions = Set(
        "to", "from", "into", "home", "in", "out", "up", "down", "off", "on", "again", "then", "together", "toward", "towards", "onto", "at", "here", "there");

    /// <summary>
    /// Why (events-f1b): "demonstrate" followed by a clause or an object means "show" ("this case
    /// demonstrates that free speech …", "demonstrated its resolve"); the protest sense takes no
    /// object ("demonstrated outside the embassy", "demonstrated against the law").
    /// </summary>
    private static readonly FrozenSet<string> DemonstrateForms = Set("demonstrate", "demonstrates", "demonstrated", "demonstrating");

    private static readonly FrozenSet<string> ShowObjects = Set(
        "that", "how", "what", "why", "whether", "its", "their", "his", "her", "our", "my", "your", "the", "a", "an", "this", "these", "those", "it", "them");

    /// <summary>
    /// Why: a request verb that frames a direct quotation reports speech, not a request for action
    /// coded as REQUEST: it closes a question ("…?" Schiff asked.) with nothing asked for after it, or
    /// opens a quotation after its addressee ("he urged voters, “Look what I have said …”").
    /// </summary>
    public const int FrameReach = 4;

    /// <summary>
    /// Why: an obligation states what someone should do, not what happened ("We should be supporting
    /// Ukraine's democracy", "believed Ukraine needed to investigate Burisma"); a demand to do it is
    /// coded as its speaker's REQUEST when a request verb says so.
    /// </summary>
    private static readonly FrozenSet<string> DeonticModals = Set("should", "must", "ought");

    private static readonly FrozenSet<string> NeedForms = Set("need", "needs", "needed", "ought");

    /// <summary>Why: words between a modal and its verb that keep the obligation ("should also be supporting").</summary>
    private static readonly FrozenSet<string> AuxiliaryChain = Set("be", "have", "been", "also", "still", "now", "not", "really", "immediately", "urgently");

    /// <summary>
    /// Why: a determiner or possessive right before an -ing/-ed form with a noun after it makes the
    /// form an adjective ("a misleading edit", "the freed prisoners", "their threatening letters"):
    /// it describes a thing, and the event, if any, is told elsewhere.
    /// </summary>
    private static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "such", "some", "every");

    /// <summary>
    /// Why: words after a modifier that are not the noun it modifies: function words start a verb's
    /// object or complement ("threatening the girl", "freed by", "free them"), so the form is a verb.
    /// </summary>
    private static readonly FrozenSet<string> FunctionWords = Set(
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me",
        "it", "he", "she", "they", "we", "you", "i", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "against", "over",
        "about", "after", "before", "until", "since", "during", "amid", "under", "through", "without", "within", "between",
        "among", "across", "around", "behind", "beyond", "near", "outside", "inside", "toward", "towards", "upon", "via",
        "despite", "throughout", "alongside", "and", "or", "but", "as", "than", "who", "which", "what", "whether", "if", "when", "while", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "not",
        "all", "both", "some", "any", "more", "most", "up", "down", "out", "off", "back", "away", "there", "here", "so", "too", "also",
        "again", "last", "next", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
        "thousands", "millions", "several", "many", "each", "one", "no");

    /// <summary>
    /// Why: before "free" these words make it a verb ("to free the hostages", "will free", "agreed
    /// to free prisoners"); elsewhere "free" followed by a bare noun is the adjective ("free speech",
    /// "a free and fair election", "free trade"), a release of nobody.
    /// </summary>
    private static readonly FrozenSet<string> VerbSlots = Set(
        "to", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "'ll", "’ll", "did", "does", "do", "not", "n't", "n’t", "and", "or");

    private static readonly FrozenSet<string> AdjectiveForms = Set("free");

    /// <summary>
    /// Why: releasing a video, statement or report is publication (CAMEO 01, a public statement),
    /// not the release of people (PLOVER RETREAT, release): "Police released dramatic video", "the
    /// Taliban released two videos of them".
    /// </summary>
    private static readonly FrozenSet<string> ReleaseForms = Set("release", "releases", "released", "releasing");

    private static readonly FrozenSet<string> MediaNouns = Set(
        "video", "videos", "footage", "statement", "statements", "report", "reports", "photo", "photos", "photograph", "photographs",
        "image", "images", "picture", "pictures", "recording", "recordings", "audio", "tape", "tapes", "clip", "clips", "transcript",
        "transcripts", "document", "documents", "data", "figures", "details", "findings", "results", "memo", "letter", "letters",
        "film", "album", "song", "book", "list", "names", "text", "emails", "records", "version", "update", "guidance", "poll");

    /// <summary>Why: "released dramatic video", "released two new videos": the media noun follows within this many words.</summary>
    public const int MediaReach = 3;

    /// <summary>
    /// Why: an infinitive of purpose after an attempt noun states what was tried, not what
    /// happened ("a rescue mission to free the hostages … that failed", "an effort to urge Ukraine",
    /// "measures to oppose it"); PLOVER codes the attempt's own act when the text names one.
    /// </summary>
    private static readonly FrozenSet<string> AttemptNouns = Set(
        "effort", "efforts", "attempt", "attempts", "bid", "bids", "mission", "missions", "campaign", "campaigns", "measures",
        "steps", "push", "drive", "operation", "operations", "plot", "plots", "scheme", "schemes", "ploy", "strategy", "strategies");

    /// <summary>
    /// Why: a definite nominal right after a verb of saying or thinking is what the speaker talks
    /// about, and the speaker is not its doer ("Pompeo said the release of the hostages …", "I think
    /// the allegations against Biden are …"); the actor reader would take the speaker as the source.
    /// Perception verbs ("saw the request") are left out: the seer is often the doer.
    /// </summary>
    private static readonly FrozenSet<string> SayingVerbs = Set(
        "said", "says", "say", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "added", "adds",
        "reiterated", "stressed", "insisted", "argued", "argues", "noted", "notes", "claimed", "claims", "suggested", "explained");

    /// <summary>
    /// The rule that reads this trigger as no event, or null when none does. <paramref name="first"/>
    /// and <paramref name="end"/> bound the sentence's tokens; <paramref name="isName"/> tells entity
    /// mentions (a name after a modifier is an object: "freeing Weeks").
    /// </summary>
    public static string? Reason(string text, ImmutableArray<Token> tokens, LowerWords words, TriggerMatch match, int first, int end, Func<int, bool> isName, IReadOnlySet<string>? disabled = null)
    {
        bool On(string rule) => disabled is null || !disabled.Contains(rule);

        if (match.End - match.Start == 1 && On(Modifier) && IsModifier(text, tokens, words, match.Start, first, end, isName))
        {
            return Modifier;
        }

        if (On(Publication) && IsPublication(tokens, words, match, end))
        {
            return Publication;
        }

        if (On(AttemptPurpose) && match.Start - 2 >= first && words[match.Start - 1] == "to" && AttemptNouns.Contains(words[match.Start - 2]))
        {
            return AttemptPurpose;
        }

        if (On(ReportedNominal) && match.Start - 2 >= first && words[match.Start - 1] == "the" && SayingVerbs.Contains(words[match.Start - 2])
            && !(match.End < end && words[match.End] == "by"))
        {
            return ReportedNominal;
        }

        if (On(QuoteFrame) && match.Cues.Any(c => c.TypeName == "REQUEST") && FramesQuote(tokens, words, match, first, end, isName))
        {
            return QuoteFrame;
        }

        if (On(Obligation) && IsObligation(words, match, first))
        {
            return Obligation;
        }

        if (On(CommentRequest) && match.Cues.Any(c => c.TypeName == "REQUEST") && AsksForComment(words, match, end))
        {
            return CommentRequest;
        }

        if (On(ParticleBack) && match.End - match.Start == 1 && words[match.Start] == "back"
            && ((match.Start - 1 >= first && ParticleVerbs.Contains(words[match.Start - 1]))
                || match.End >= end || Directions.Contains(words[match.End]) || tokens[match.End].Kind is TokenKind.Punctuation or TokenKind.Quote))
        {
            return ParticleBack;
        }

        if (On(ShowSense) && match.End - match.Start == 1 && DemonstrateForms.Contains(words[match.Start]) && match.End < end && ShowObjects.Contains(words[match.End]))
        {
            return ShowSense;
        }

        if (On(NoComment) && match.Cues.Any(c => c.TypeName == "REJECT") && DeclinesToDisclose(words, match, end))
        {
            return NoComment;
        }

        return null;
    }

    /// <summary>"declined to comment", "refused to confirm": a refusal word, "to", then a verb of disclosure.</summary>
    private static bool DeclinesToDisclose(LowerWords words, TriggerMatch match, int end)
    {
        if (!RefusalWords.Contains(words[match.Start]))
        {
            return false;
        }

        int next = match.End;
        if (words[next - 1] != "to")
        {
            if (next >= end || words[next] != "to")
            {
                return false;
            }

            next++;
        }

        return next < end && DisclosureVerbs.Contains(words[next]);
    }

    /// <summary>"a request for comment", "asked for further comment", "sought comment": "comment" within three words after the trigger, only through "for"/"to" and determiners.</summary>
    private static bool AsksForComment(LowerWords words, TriggerMatch match, int end)
    {
        for (int i = match.End; i < end && i < match.End + 3; i++)
        {
            if (CommentHeads.Contains(words[i]))
            {
                return true;
            }

            if (!(words[i] is "for" or "to" || CommentWords.Contains(words[i])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"…?" Schiff asked.: a quotation closes just before the trigger, or the sentence is only its subject and the verb.</summary>
    private static bool ClosesQuote(ImmutableArray<Token> tokens, TriggerMatch match, int first)
    {
        for (int i = match.Start - 1; i >= Math.Max(first, match.Start - 3); i--)
        {
            if (tokens[i].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return match.Start - first <= 2;
    }

    private static bool FramesQuote(ImmutableArray<Token> tokens, LowerWords words, TriggerMatch match, int first, int end, Func<int, bool> isName)
    {
        bool onlyNames = true;
        for (int i = match.End; i < end; i++)
        {
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                // "…?" Schiff asked. / asked Schiff.: nothing asked for, at most an inverted subject.
                if (words[i] is "." or "?" or "!")
                {
                    return onlyNames && ClosesQuote(tokens, match, first);
                }

                // "urged voters, “Look …": the addressee, then the quotation.
                return words[i] == "," && i + 1 < end && tokens[i + 1].Kind == TokenKind.Quote && i - match.End <= FrameReach;
            }

            if (words[i] is "to" or "for" or "that" or "whether" or "if" || i - match.End >= FrameReach)
            {
                return false;
            }

            onlyNames &= isName(i);
        }

        return onlyNames;
    }

    private static bool IsObligation(LowerWords words, TriggerMatch match, int first)
    {
        for (int i = match.Start - 1, seen = 0; i >= first && seen < 4; i--, seen++)
        {
            string word = words[i];
            if (DeonticModals.Contains(word) || (word == "to" && i - 1 >= first && NeedForms.Contains(words[i - 1])))
            {
                return true;
            }

            if (!AuxiliaryChain.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsModifier(string text, ImmutableArray<Token> tokens, LowerWords words, int at, int first, int end, Func<int, bool> isName)
    {
        string word = words[at];
        bool participle = word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));
        bool adjective = AdjectiveForms.Contains(word);
        if ((!participle && !adjective) || at + 1 >= end)
        {
            return false;
        }

        string previous = at - 1 >= first ? words[at - 1] : "";
        // "threatening and inappropriate language", "a free and fair election": coordinated with an
        // adjective (not another verb form), the word modifies the noun after both.
        // Both words must be bare and the second no verb form or adverb ("attacked and badly beaten").
        if (words[at + 1] == "and" && at + 3 < end && IsBareWord(text, tokens, words, at + 2, isName) && IsBareWord(text, tokens, words, at + 3, isName)
            && !IsVerbOrAdverbForm(words[at + 2]) && !IsVerbOrAdverbForm(words[at + 3]))
        {
            return !VerbSlots.Contains(previous) || previous is "and" or "or";
        }

        if (!IsBareWord(text, tokens, words, at + 1, isName))
        {
            return false;
        }

        return adjective ? !VerbSlots.Contains(previous) : Determiners.Contains(previous) || OpensNounPhrase(text, tokens, word, at, first);
    }

    /// <summary>
    /// Why: an -ed form that opens its sentence (or the text after a colon) with a bare noun after it
    /// is a participle modifying that noun ("Jailed opposition leader begins hunger strike", "Kenya:
    /// Arrested reporter freed"): a finite past verb needs a subject before it. -ing forms are left
    /// out: a sentence-opening gerund with its object is an event ("Releasing prisoners would …").
    /// </summary>
    private static bool OpensNounPhrase(string text, ImmutableArray<Token> tokens, string word, int at, int first)
    {
        if (!word.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        int previous = at - 1;
        while (previous >= first && tokens[previous].Kind == TokenKind.Quote)
        {
            previous--;
        }

        return previous < first || tokens[previous].TextOf(text) == ":";
    }

    private static bool IsVerbOrAdverbForm(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>A lower-case content word that is not a name: the noun (or adjective) a modifier stands before.</summary>
    private static bool IsBareWord(string text, ImmutableArray<Token> tokens, LowerWords words, int at, Func<int, bool> isName)
    {
        if (at < 0 || at >= tokens.Length || tokens[at].Kind != TokenKind.Word || isName(at))
        {
            return false;
        }

        char c = text[tokens[at].Start];
        return char.IsLower(c) && !FunctionWords.Contains(words[at]);
    }

    private static bool IsPublication(ImmutableArray<Token> tokens, LowerWords words, TriggerMatch match, int end)
    {
        if (!match.Cues.Any(c => c.TypeName == "RETREAT") || !ReleaseForms.Contains(words[match.End - 1]))
        {
            return false;
        }

        for (int i = match.End; i < Math.Min(end, match.End + MediaReach); i++)
        {
            if (tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                return false;
            }

            if (MediaNouns.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
