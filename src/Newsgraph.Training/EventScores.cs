using System.Text.Json.Nodes;
using Newsgraph.Events;
using Newsgraph.Core.Documents;
using Newsgraph.Events.Candidates;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Language.Tokens;

namespace Newsgraph.Training;

/// <summary>Type accuracy and macro-F1 of an event model on labelled feature sets.</summary>
internal sealed record EventScores(int Count, double Accuracy, double MacroF1)
{
    /// <summary>
    /// The stage's own type decision on single sentences: the best-ranked trigger's type, decided by
    /// the stage's path (<see cref="SentenceTyping"/>), or the classifier alone when the sentence has
    /// no trigger.
    /// </summary>
    /// <remarks>
    /// Headlines are Title Case, where every word would read as a proper name; they are lower-cased
    /// first (the classifier's features are lower-cased anyway, so only the trigger search changes).
    /// </remarks>
    /// <param name="overrideAt">
    /// A proposed rule, measured, not the stage's: the classifier's own type wins over the triggers'
    /// when its probability reaches this (above 1: never, as in the stage).
    /// </param>
    public static EventScores EvaluateStage(EventModel model, TriggerLexicon lexicon, IEnumerable<(string Sentence, int Type)> sentences, bool titleCase = false, Action<string, int, int>? miss = null, float overrideAt = NoOverride)
    {
        var predictions = new List<(int Guess, int Gold)>();
        foreach (var (original, gold) in sentences)
        {
            int guess = Decide(model, lexicon, titleCase ? original.ToLowerInvariant() : original, overrideAt);
            if (guess != gold)
            {
                miss?.Invoke(original, guess, gold);
            }

            predictions.Add((guess, gold));
        }

        return FromPredictions(predictions);
    }

    internal const float NoOverride = 2f;

    /// <summary>
    /// The stage's type for one sentence: its best-ranked trigger decision (<see cref="SentenceTyping"/>,
    /// the stage's own path), else the classifier's (or the classifier's when its probability
    /// reaches <paramref name="overrideAt"/>).
    /// </summary>
    internal static int Decide(EventModel model, TriggerLexicon lexicon, string text, float overrideAt = NoOverride)
    {
        var tokens = Tokenizer.Tokenize(text);
        var best = SentenceTyping.Best(model, lexicon, text, tokens);
        var scores = new float[model.RowWidth];
        model.AddScores(EventFeatures.Extract(text, tokens.AsSpan(), lexicon), scores);
        int alone = EventPerceptron.ArgMax(scores.AsSpan(0, PloverTypes.Count));
        if (best is not null)
        {
            EventModel.SoftmaxTypes(scores);
            return scores[alone] >= overrideAt ? alone : PloverTypes.IndexOf(best.Type);
        }

        return alone;
    }

    /// <summary>What coded a sentence's type: the deciding trigger's words, or "classifier" when no trigger survived (for confusion counts).</summary>
    internal static string Cause(EventModel model, TriggerLexicon lexicon, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceTyping.Best(model, lexicon, text, tokens) is { } best
            ? $"'{text[tokens[best.Trigger.Match.Start].Start..tokens[best.Trigger.Match.End - 1].End]}'"
            : "classifier";
    }

    public static EventScores Evaluate(EventModel model, IEnumerable<(List<uint> Features, int Type)> examples)
    {
        var scores = new float[model.RowWidth];
        var predictions = new List<(int Guess, int Gold)>();
        foreach (var (features, type) in examples)
        {
            Array.Clear(scores);
            model.AddScores(features, scores);
            predictions.Add((EventPerceptron.ArgMax(scores.AsSpan(0, PloverTypes.Count)), type));
        }

        return FromPredictions(predictions);
    }

    private static EventScores FromPredictions(IEnumerable<(int Guess, int Gold)> predictions)
    {
        int n = PloverTypes.Count;
        var tp = new int[n];
        var predicted = new int[n];
        var gold = new int[n];
        int count = 0, correct = 0;
        foreach (var (guess, type) in predictions)
        {
            count++;
            gold[type]++;
            predicted[guess]++;
            if (guess == type)
            {
                correct++;
                tp[type]++;
            }
        }

        double macro = Enumerable.Range(0, n).Where(t => gold[t] > 0).Average(t =>
        {
            double p = predicted[t] == 0 ? 0 : (double)tp[t] / predicted[t];
            double r = (double)tp[t] / gold[t];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        });
        return new EventScores(count, count == 0 ? 0 : (double)correct / count, macro);
    }

    public JsonObject ToJson() => new()
    {
        ["examples"] = Count,
        ["typeAccuracy"] = Math.Round(Accuracy, 4),
        ["typeMacroF1"] = Math.Round(MacroF1, 4),
    };
}
