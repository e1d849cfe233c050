using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Pipeline;
using Newsgraph.Events.Actors;
using Newsgraph.Events.Candidates;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Events.Modality;

namespace Newsgraph.Events;

/// <summary>
/// Codes the article's main events in PLOVER: trigger words from the lexicon, typed with the
/// trained classifier's help, actors from entity mentions around the trigger, modality from the
/// words around it and the claim it rests on, time from the nearest time expression in its sentence.
/// Requires only tokens and sentences; entities, times, quotes and claims are used when an earlier
/// stage produced them. A non-English document (no tokens) gets an empty layer.
/// </summary>
public sealed class EventStage : IStage, IWarmUp
{
    /// <summary>The embedded model and lexicon, loaded once per process and shared by every stage
    /// instance (each CLI worker and server pool entry builds its own pipeline).</summary>
    private static readonly Lazy<(EventModel? Model, TriggerLexicon Lexicon)> Embedded = new(
        () => Build(Newsgraph.Core.Diagnostics.StartupTimings.Measure("load events-v1", EventModelFile.LoadEmbedded)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<(EventModel? Model, TriggerLexicon Lexicon)> _resources;

    /// <summary>
    /// Why: error analysis needs every candidate and why it was kept or dropped, not only the chosen
    /// events; a file named by <see cref="TraceVariable"/> receives one line per candidate (bench use).
    /// </summary>
    private readonly string? _tracePath;

    /// <summary>Environment variable naming a file the stage appends its candidate trace to.</summary>
    public const string TraceVariable = "NEWSGRAPH_EVENTS_TRACE";

    /// <summary>
    /// Why: each precision rule's worth is measured by switching it off alone (an ablation); a
    /// comma-separated list of rule names in <see cref="AblateVariable"/> switches those off (bench use).
    /// </summary>
    private readonly IReadOnlySet<string>? _disabled;

    /// <summary>Environment variable naming rules to switch off: precision rules (<see cref="Filters.NonEventReadings.Rules"/>, <see cref="Filters.DefiniteRetellings.Rule"/>, <see cref="Filters.RetoldDetails.Rule"/>) and the actor finder's recall rules (<see cref="ActorFinder.RecallRules"/>).</summary>
    public const string AblateVariable = "NEWSGRAPH_EVENTS_ABLATE";

    public EventStage()
    {
        _resources = Embedded;
        _tracePath = Environment.GetEnvironmentVariable(TraceVariable);
        _disabled = Environment.GetEnvironmentVariable(AblateVariable)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    internal EventStage(Func<EventModel?> loadModel)
    {
        _resources = new(() => Build(loadModel()));
    }

    public StageInfo Info { get; } = new("events.v1", "events-v1");

    public IReadOnlyList<string> Requires { get; } = [LanguageLayers.Tokens.Name, LanguageLayers.Sentences.Name];

    public IReadOnlyList<string> Produces { get; } = [EventLayers.Events.Name, EventLayers.Agents.Name];

    /// <summary>Loads the embedded event model and trigger lexicon ahead of the first document.</summary>
    public void WarmUp() => _ = _resources.Value;

    private static (EventModel? Model, TriggerLexicon Lexicon) Build(EventModel? model) =>
        (model, Newsgraph.Core.Diagnostics.StartupTimings.Measure("build trigger lexicon", () => new TriggerLexicon(
            CoreTriggers.Entries, model?.ExtraTriggers ?? [], Newsgraph.Core.Diagnostics.StartupTimings.Measure("load event-lexicon-v1", DerivedTriggers.LoadEmbedded))));

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(LanguageLayers.Tokens);
        var sentences = document.Get(LanguageLayers.Sentences);
        if (tokens.IsEmpty || sentences.IsEmpty)
        {
            document.Add(EventLayers.Events, ImmutableArray<NewsEvent>.Empty);
            document.Add(EventLayers.Agents, ImmutableArray<Entity>.Empty);
            return;
        }

        var (model, lexicon) = _resources.Value;
        var trace = _tracePath is null ? null : new List<string>();
        var context = new EventContext(document, tokens, sentences, trace, _disabled);
        var typing = new SentenceTyping(document.Text, tokens, context.Words, lexicon, new EventTyper(model, lexicon));
        var candidates = new List<Candidate>();
        for (int s = 0; s < sentences.Length && candidates.Count < EventSelection.MaxCandidates; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            var inSentence = new List<Candidate>();
            var decisions = typing.Decide(sentence, context.IsName, match => context.IsEventReading(match, sentence), context.ClaimAt, context.TraceNegated);
            foreach (var decision in decisions)
            {
                if (context.Build(sentence, s, sentences.Length, decision) is { } candidate)
                {
                    inSentence.Add(candidate);
                }
            }

            var kept = inSentence
                .OrderByDescending(c => c.Score)
                .DistinctBy(c => c.Event.Type)
                .Take(EventSelection.MaxPerSentence)
                .ToList();
            trace?.AddRange(inSentence.Where(c => !kept.Contains(c)).Select(c => context.Describe(c, "sentence-limit")));
            candidates.AddRange(kept);
        }

        if (_disabled?.Contains(Filters.DefiniteRetellings.Rule) != true)
        {
            var retold = Filters.DefiniteRetellings.Find([.. candidates.Select(c => c.Event)], [.. candidates.Select(c => c.Definite)]);
            trace?.AddRange(retold.Select(i => context.Describe(candidates[i], Filters.DefiniteRetellings.Rule)));
            candidates = [.. candidates.Where((_, i) => !retold.Contains(i))];
        }

        if (_disabled?.Contains(Filters.RetoldDetails.Rule) != true)
        {
            Filters.RetoldDetails.Apply(candidates, context.RetoldDetails);
        }

        int cap = EventSelection.CapFor(sentences.Length);
        var chosen = WithoutRepeats(candidates
            .Where(c => c.Score >= EventSelection.MinScore)
            .OrderByDescending(c => c.Score)
            .DistinctBy(c => SameEventKey(c.Event)))
            .Take(cap)
            .OrderBy(c => c.Event.Trigger.Start)
            .Select((c, i) => c.Event with { Id = "v" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToImmutableArray();
        document.Add(EventLayers.Events, chosen);
        if (trace is not null)
        {
            var chosenStarts = chosen.Select(e => (e.Trigger.Start, e.Type)).ToHashSet();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in candidates.OrderByDescending(c => c.Score))
            {
                string outcome = chosenStarts.Contains((c.Event.Trigger.Start, c.Event.Type)) ? "kept"
                    : c.Score < EventSelection.MinScore ? "below-min"
                    : !seen.Add(SameEventKey(c.Event)) ? "duplicate" : "cap";
                trace.Add(context.Describe(c, outcome));
            }

            File.AppendAllLines(_tracePath!, [$"# {document.Text.Length} chars", .. trace]);
        }

        // Descriptions become entities only where they are an event's actor, not for every common noun.
        var used = chosen.SelectMany(e => e.Source.Concat(e.Target)).ToHashSet(StringComparer.Ordinal);
        document.Add(EventLayers.Agents, [.. context.Agents.Where(a => used.Contains(a.Id))]);
    }

    /// <summary>
    /// Why: an article repeats its main event ("the inquiry", "the investigation"); with the same
    /// type and actors it is one event, reported once (the strongest mention).
    /// </summary>
    private static string SameEventKey(NewsEvent e) =>
        e.Source.IsEmpty && e.Target.IsEmpty
            ? e.Type + "@" + e.Trigger.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : e.Type + "|" + string.Join(",", e.Source.Order(StringComparer.Ordinal)) + "|" + string.Join(",", e.Target.Order(StringComparer.Ordinal));

    /// <summary>
    /// Why: an article retells its main event ("were released … the release … freeing the
    /// hostages"); a later mention of the same type whose actors add nothing to a stronger one's
    /// (its source and target each empty or already there) is that event again, not another.
    /// </summary>
    private static IEnumerable<Candidate> WithoutRepeats(IEnumerable<Candidate> byScore)
    {
        var kept = new List<NewsEvent>();
        foreach (var c in byScore)
        {
            var e = c.Event;
            if (kept.Any(k => k.Type == e.Type && Within(e.Source, k.Source) && Within(e.Target, k.Target) && !(e.Source.IsEmpty && e.Target.IsEmpty)))
            {
                continue;
            }

            kept.Add(e);
            yield return c;
        }
    }

    private static bool Within(ImmutableArray<string> actors, ImmutableArray<string> of) => actors.All(of.Contains);

    /// <summary>A coded event before selection, with the score that ranks it; <paramref name="Definite"/>: its trigger follows "the" (<see cref="Filters.DefiniteRetellings"/>).</summary>
    internal sealed record Candidate(NewsEvent Event, float Score, bool Definite);

    /// <summary>The document's optional layers, read once, and the per-trigger assembly of an event.</summary>
    private sealed class EventContext
    {
        private readonly Document _document;
        private readonly ActorFinder _actors;
        private readonly ImmutableArray<TimeExpression> _times;
        private readonly ImmutableArray<Claim> _claims;
        private readonly bool _hasEntities;
        private readonly MentionIndex _mentions;
        private readonly MentionIndex _named;

        private readonly List<string>? _trace;
        private readonly ImmutableArray<Sentence> _sentences;
        private readonly ImmutableArray<Entity> _allEntities;
        private readonly LowerWords _words;
        private readonly IReadOnlySet<string>? _disabled;

        public EventContext(Document document, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, List<string>? trace, IReadOnlySet<string>? disabled)
        {
            _trace = trace;
            _sentences = sentences;
            _disabled = disabled;
            _document = document;
            var entities = document.TryGet(EntityLayers.Entities, out var e) ? e : [];
            _hasEntities = !entities.IsEmpty;
            var quotes = document.TryGet(QuoteLayers.Quotes, out var q) ? q : [];
            _times = document.TryGet(TimeLayers.Expressions, out var t) ? t : [];
            _claims = document.TryGet(QuoteLayers.Claims, out var c) ? c : [];
            _named = new MentionIndex(entities, tokens);
            var words = new LowerWords(document.Text, tokens);
            _words = words;
            Agents = AgentFinder.Find(document.Text, tokens, words, _named, disabled?.Contains(AgentFinder.DefiniteAgentRule) != true);
            _mentions = Agents.IsEmpty ? _named : new MentionIndex(entities.AddRange(Agents), tokens);
            _allEntities = entities.AddRange(Agents);
            // Which place entities are countries (GeoNames PCL* feature codes), for "the country" as an actor,
            // and the rest: places inside a country (a region, a city), for "the occupation of Crimea" acting on Ukraine.
            var (countries, regions) = document.TryGet(PlaceLayers.Resolved, out var places)
                ? (places.Where(IsCountry).Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal),
                   places.Where(p => !IsCountry(p)).Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal))
                : (null, null);
            _actors = new ActorFinder(document.Text, tokens, words, sentences, _mentions, entities, quotes, countries)
            {
                Regions = regions,
                Disabled = disabled,
            };
            Tokens = tokens;
        }

        private ImmutableArray<Token> Tokens { get; }

        /// <summary>Doer-less definite nominals with a place, for <see cref="Filters.RetoldDetails"/>.</summary>
        public List<Filters.RetoldDetails.Detail> RetoldDetails { get; } = [];

        /// <summary>The document's lower-cased words, shared with the sentence typing.</summary>
        public LowerWords Words => _words;

        /// <summary>Actors named only by a description, candidates for <see cref="EventLayers.Agents"/>.</summary>
        public ImmutableArray<Entity> Agents { get; }

        public bool IsName(int token) => _named.At(token) is not null;

        private static bool IsCountry(ResolvedPlace place) => place.FeatureCode is { } code && code.StartsWith("PCL", StringComparison.Ordinal);

        /// <summary>False when a precision rule reads the trigger as no event (<see cref="Filters.NonEventReadings"/>); traced.</summary>
        public bool IsEventReading(TriggerMatch match, Sentence sentence)
        {
            if (Filters.NonEventReadings.Reason(_document.Text, Tokens, _words, match, sentence.FirstToken, sentence.EndToken, IsName, _disabled) is not { } rule)
            {
                return true;
            }

            _trace?.Add($"{rule}\t-\t{_document.Text[Tokens[match.Start].Start..Tokens[match.End - 1].End]}\t@{Tokens[match.Start].Start}");
            return false;
        }

        public Candidate? Build(Sentence sentence, int sentenceIndex, int sentenceCount, TriggerDecision decision)
        {
            var typed = decision.Trigger;
            var match = typed.Match;
            var trigger = new TextSpan(Tokens[match.Start].Start, Tokens[match.End - 1].End);
            var claim = ClaimAt(trigger.Start);
            var actors = _actors.Find(sentence, match, typed.Type);
            if (!actors.Source.IsEmpty && actors.Target.Any(actors.Source.Contains))
            {
                // "we call for an end …": an actor does not act on itself; the target read was a mistake.
                actors = actors with { Target = [.. actors.Target.Where(t => !actors.Source.Contains(t))] };
            }

            // With entities known, an event whose doer is not named is mostly background (a passive
            // "was arrested" keeps its target and still counts when the agent is unnamed).
            if (_hasEntities && actors.Source.IsEmpty && !(actors.Passive && !actors.Target.IsEmpty))
            {
                if (actors.Place is not null && Filters.DefiniteRetellings.IsDefinite(_words, match.Start))
                {
                    int windowStart = _sentences[Math.Max(0, sentenceIndex - Filters.RetoldDetails.MaxSentencesBack)].Start;
                    RetoldDetails.Add(new Filters.RetoldDetails.Detail(typed.Type, trigger.Start, windowStart, actors.Place, NearestTime(sentence, trigger)));
                }

                _trace?.Add($"no-source\t{typed.Type}\t{_document.Text[trigger.Start..trigger.End]}\t@{trigger.Start}\t-> {Names(actors.Target)}");
                return null;
            }

            string type = decision.Type;
            float score = decision.Score
                + (actors.Source.IsEmpty ? 0 : actors.Source.All(IsNationality) ? EventSelection.NationalitySourceBonus : EventSelection.SourceBonus)
                + (!actors.Target.IsEmpty ? EventSelection.TargetBonus : _hasEntities ? -EventSelection.NoTargetPenaltyFor(typed.Type) : 0)
                + (EventSelection.LeadBonus * (1f - ((float)sentenceIndex / Math.Max(1, sentenceCount))));
            var newsEvent = new NewsEvent
            {
                Id = "v0",
                Type = type,
                Mode = decision.Mode,
                Trigger = trigger,
                Sentence = sentence.Span,
                Source = actors.Source,
                Target = actors.Target,
                Place = actors.Place,
                Time = NearestTime(sentence, trigger),
                Modality = decision.Modality,
                Claim = claim?.Id,
            };
            return new Candidate(newsEvent, score, Filters.DefiniteRetellings.IsDefinite(_words, match.Start));
        }

        /// <summary>One trace line: outcome, type, score, trigger, offset, actors' names.</summary>
        public string Describe(Candidate c, string outcome) =>
            $"{outcome}\t{c.Event.Type}\t{c.Score:F2}\t{_document.Text[c.Event.Trigger.Start..c.Event.Trigger.End]}\t@{c.Event.Trigger.Start}\t{Names(c.Event.Source)} -> {Names(c.Event.Target)}";

        private string Names(ImmutableArray<string> ids) =>
            string.Join(",", ids.Select(id => _allEntities.FirstOrDefault(e => e.Id == id)?.Name ?? id));

        private bool IsNationality(string id) => _allEntities.FirstOrDefault(e => e.Id == id)?.Type == EntityType.Norp;

        /// <summary>The trace line of a trigger dropped as negated.</summary>
        public void TraceNegated(TypedTrigger typed) =>
            _trace?.Add($"negated\t{typed.Type}\t{_document.Text[Tokens[typed.Match.Start].Start..Tokens[typed.Match.End - 1].End]}\t@{Tokens[typed.Match.Start].Start}");

        public Claim? ClaimAt(int offset)
        {
            Claim? best = null;
            foreach (var claim in _claims)
            {
                if (claim.Start <= offset && offset < claim.End && (best is null || claim.End - claim.Start < best.End - best.Start))
                {
                    best = claim;
                }
            }

            return best;
        }

        private string? NearestTime(Sentence sentence, TextSpan trigger)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var time in _times)
            {
                if (time.Start < sentence.Start || time.End > sentence.End || time.Certainty == TimeCertainty.Unresolved)
                {
                    continue;
                }

                int distance = time.Start >= trigger.End ? time.Start - trigger.End : Math.Max(0, trigger.Start - time.End);
                if (distance < bestDistance)
                {
                    best = time.Id;
                    bestDistance = distance;
                }
            }

            return best;
        }
    }
}
