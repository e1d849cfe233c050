using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Events.Modality;

namespace Newsgraph.Events.Candidates;

/// <summary>
/// One trigger's decision in its sentence, before actors: the typed trigger, the type after the
/// modality rules (<see cref="SentenceTyping.TypeFor"/>), its mode, its modality, and the score
/// that ranks it among the sentence's triggers.
/// </summary>
internal sealed record TriggerDecision(TypedTrigger Trigger, string Type, string? Mode, EventModality Modality, float Score);

/// <summary>
/// The stage's type decision for the triggers of one sentence, shared by <see cref="EventStage"/>
/// (which then finds actors and ranks by them too) and the type benches (which take the best
/// decision): lexicon matches, the context cues, the non-event readings, the typer, the concession,
/// protest-target and framing scopes, scene-setting phrases, then modality: a negated trigger is no event, a requested one
/// is coded as the request alone, and a planned cooperative act is an AGREE.
/// </summary>
/// <remarks>
/// Why one path: the type bench used to re-assemble the chain and left out the context cues and
/// the planned-aid rule, so its figure was not the stage's.
/// </remarks>
internal sealed class SentenceTyping(string text, ImmutableArray<Token> tokens, LowerWords words, TriggerLexicon lexicon, EventTyper typer)
{
    private readonly ModalityReader _modality = new(tokens, words);

    /// <summary>
    /// Why: the manual codes a promise or plan of cooperation as AGREE, not as the cooperation
    /// itself: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in future
    /// tense … should be coded as AGREE"; "promises to sign or ratify agreements … are coded as
    /// AGREE". CONSULT is left out: a scheduled meeting is reported, and coded by the dev gold, as
    /// the meeting (the seed's "Kim to meet Putin" is a planned CONSULT).
    /// </summary>
    private static readonly HashSet<string> PlannedAsAgree = new(StringComparer.Ordinal) { "AID", "COOPERATE", "SUPPORT" };

    /// <param name="isName">Whether a token is inside an entity mention (the stage's entities; none in a bench).</param>
    /// <param name="isEventReading">False for a match a precision rule reads as no event (<see cref="Filters.NonEventReadings"/>).</param>
    /// <param name="claimAt">The claim a trigger at a character offset rests on, if any (its status can deny the event).</param>
    /// <param name="negated">Told about each trigger dropped as negated (the stage's trace).</param>
    public List<TriggerDecision> Decide(Sentence sentence, Func<int, bool>? isName, Func<TriggerMatch, bool> isEventReading, Func<int, Claim?> claimAt, Action<TypedTrigger>? negated = null)
    {
        ArgumentNullException.ThrowIfNull(isEventReading);
        ArgumentNullException.ThrowIfNull(claimAt);
        var typed = TriggerMatcher.Find(text, tokens, sentence.FirstToken, sentence.EndToken, lexicon, isName)
            .Select(match => ContextCues.Apply(text, tokens, match, sentence.FirstToken, sentence.EndToken))
            .OfType<TriggerMatch>()
            .Where(isEventReading)
            .Select(match => typer.Type(text, tokens, sentence, match))
            .OfType<TypedTrigger>()
            .ToList();
        var decisions = new List<TriggerDecision>();
        var scoped = FramingScope.Apply(text, tokens, ProtestTargets.Apply(text, tokens, ConcessionScope.Apply(text, tokens, typed)));
        foreach (var trigger in SceneSettingPhrases.Apply(text, tokens, sentence, scoped))
        {
            var modality = _modality.Read(sentence, trigger.Match, trigger.Type, claimAt(tokens[trigger.Match.Start].Start));
            if (modality.Negated)
            {
                negated?.Invoke(trigger);
                continue;
            }

            // "urged X to investigate" is coded as the REQUEST alone: the requested event is what was
            // asked for, not an event that happened (the coding conventions do not use "requested";
            // the request is the event, and it is coded even when its trigger is not in the lexicon:
            // "pressed Ukraine to investigate", "worked with the FBI to investigate").
            if (modality.Modality == EventModality.Requested)
            {
                continue;
            }

            string type = TypeFor(trigger.Type, modality.Modality);
            float score = trigger.Score - (trigger.Prior < EventTyper.WeakCue || trigger.Derived ? EventSelection.DictionaryOnlyPenalty : 0);
            decisions.Add(new TriggerDecision(trigger, type, type == trigger.Type ? trigger.Mode : null, modality.Modality, score));
        }

        return decisions;
    }

    /// <summary>The type coded for a trigger's type at a modality (<see cref="PlannedAsAgree"/>).</summary>
    public static string TypeFor(string type, EventModality modality) =>
        modality == EventModality.Planned && PlannedAsAgree.Contains(type) ? "AGREE" : type;

    /// <summary>
    /// The stage's best-ranked decision for one sentence read alone (no entities, no claims), or
    /// null when no trigger survives (the type benches then fall back to the classifier).
    /// </summary>
    /// <remarks>
    /// A fresh <see cref="EventTyper"/> per sentence: the typer caches its classification by token
    /// range, which is unique within one document but not across separate sentences that all start
    /// at token 0.
    /// </remarks>
    public static TriggerDecision? Best(EventModel? model, TriggerLexicon lexicon, string sentenceText, ImmutableArray<Token> tokens)
    {
        var words = new LowerWords(sentenceText, tokens);
        var sentence = new Sentence(0, sentenceText.Length, 0, tokens.Length);
        var typing = new SentenceTyping(sentenceText, tokens, words, lexicon, new EventTyper(model, lexicon));
        var decisions = typing.Decide(
            sentence,
            isName: null,
            match => Filters.NonEventReadings.Reason(sentenceText, tokens, words, match, 0, tokens.Length, _ => false) is null,
            _ => null);
        TriggerDecision? best = null;
        foreach (var decision in decisions)
        {
            if (best is null || decision.Score > best.Score)
            {
                best = decision;
            }
        }

        return best;
    }
}
