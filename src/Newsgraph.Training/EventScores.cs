using System.Text.Json.Nodes;
using Newsgraph.Events;
using Newsgraph.Events.Classification;

namespace Newsgraph.Training;

/// <summary>Type accuracy and macro-F1 of an event model on labelled feature sets.</summary>
internal sealed record EventScores(int Count, double Accuracy, double MacroF1)
{
    public static EventScores Evaluate(EventModel model, IEnumerable<(List<uint> Features, int Type)> examples)
    {
        int n = PloverTypes.Count;
        var tp = new int[n];
        var predicted = new int[n];
        var gold = new int[n];
        int count = 0, correct = 0;
        var scores = new float[model.RowWidth];
        foreach (var (features, type) in examples)
        {
            Array.Clear(scores);
            model.AddScores(features, scores);
            int guess = EventPerceptron.ArgMax(scores.AsSpan(0, n));
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
