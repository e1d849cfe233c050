using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;

namespace Newsgraph.Events.Candidates;

/// <summary>The type decided for one trigger: PLOVER type, mode, and a confidence used to pick the main events.</summary>
internal sealed record TypedTrigger(TriggerMatch Match, string Type, string? Mode, float Score)
{
    /// <summary>The chosen cue's prior weight: below <see cref="EventTyper.WeakCue"/> the trigger is a dictionary-only word.</summary>
    public float Prior { get; init; } = 1f;

    /// <summary>The chosen cue comes from the derived lexicon (learned on headlines and definitions, not validated on news text).</summary>
    public bool Derived { get; init; }
}

/// <summary>
/// Decides a trigger's type: each cue's prior weight plus the classifier's probability for the
/// cue's type, over a window of the sentence around the trigger. The classifier never invents a
/// type the trigger does not suggest; it arbitrates ambiguous words ("strike": attack or walkout)
/// and lowers the confidence of dictionary-only cues the context does not support.
/// </summary>
internal sealed class EventTyper(EventModel? model, TriggerLexicon lexicon)
{
    /// <summary>
    /// Why: the classifier reads the whole sentence (as in training) when it is short enough, so
    /// one classification serves every trigger in it; a longer sentence is read this many tokens
    /// either side of the trigger.
    /// </summary>
    public const int Window = EventFeatures.MaxTokens / 2;

    private (int From, int To) _cachedRange = (-1, -1);
    private float[]? _cached;

    /// <summary>Why: how much the classifier's probability (0..1) counts against a cue's prior (0.35..1.2).</summary>
    public const float ClassifierWeight = 0.8f;

    /// <summary>Why: a dictionary-only cue (weight below this) is kept only when the classifier agrees with it.</summary>
    public const float WeakCue = 0.5f;

    /// <summary>Why: the classifier probability a weak cue's type needs, about twice the chance level of the likely types.</summary>
    public const float WeakCueAgreement = 0.35f;

    public TypedTrigger? Type(string text, ImmutableArray<Token> tokens, Sentence sentence, TriggerMatch match)
    {
        float[]? probabilities = model is null ? null : Classify(text, tokens, sentence, match);

        TriggerCue best = match.Cues[0];
        float bestScore = float.MinValue;
        foreach (var cue in match.Cues)
        {
            if (cue.Weight < WeakCue && (probabilities is null || probabilities[cue.Type] < WeakCueAgreement))
            {
                continue;
            }

            float score = cue.Weight + (probabilities is null ? 0 : ClassifierWeight * probabilities[cue.Type]);
            if (score > bestScore)
            {
                best = cue;
                bestScore = score;
            }
        }

        if (bestScore == float.MinValue)
        {
            return null;
        }

        string type = best.TypeName;
        string? mode = best.Mode ?? ModeFromModel(type, probabilities);
        return new TypedTrigger(match, type, mode, bestScore) { Prior = best.Weight, Derived = best.IsDerived };
    }

    private float[] Classify(string text, ImmutableArray<Token> tokens, Sentence sentence, TriggerMatch match)
    {
        var range = sentence.TokenCount <= EventFeatures.MaxTokens
            ? (sentence.FirstToken, sentence.EndToken)
            : (Math.Max(sentence.FirstToken, match.Start - Window), Math.Min(sentence.EndToken, match.End + Window));
        if (_cached is not null && _cachedRange == range)
        {
            return _cached;
        }

        var features = EventFeatures.Extract(text, tokens.AsSpan(range.Item1, range.Item2 - range.Item1), lexicon);
        var probabilities = new float[model!.RowWidth];
        model.AddScores(features, probabilities);
        EventModel.SoftmaxTypes(probabilities);
        _cachedRange = range;
        _cached = probabilities;
        return probabilities;
    }

    private string? ModeFromModel(string type, float[]? scores)
    {
        if (model is null || scores is null)
        {
            return null;
        }

        int best = -1;
        for (int m = 0; m < model.Modes.Length; m++)
        {
            if (PloverModes.Admitted(type, model.Modes[m]) is not null && (best < 0 || scores[PloverTypes.Count + m] > scores[PloverTypes.Count + best]))
            {
                best = m;
            }
        }

        // The "no mode" label competes too: a plain attack has no mode.
        int none = Array.IndexOf(model.Modes, string.Empty);
        if (best < 0 || (none >= 0 && scores[PloverTypes.Count + none] >= scores[PloverTypes.Count + best]))
        {
            return null;
        }

        return PloverModes.Admitted(type, model.Modes[best]);
    }
}
