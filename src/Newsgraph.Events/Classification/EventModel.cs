using Newsgraph.Core.Models;

namespace Newsgraph.Events.Classification;

/// <summary>
/// A loaded event classifier: one weight row per hashed feature, holding a weight per PLOVER type
/// followed by a weight per mode, plus the mode names and the extra (dictionary-derived) trigger
/// forms the trainer stored beside the weights.
/// </summary>
internal sealed class EventModel
{
    public EventModel(SparseWeightTable table, string[] modes, IReadOnlyList<(string Form, int Type, float Weight)> extraTriggers)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(modes);
        if (table.Width != PloverTypes.Count + modes.Length)
        {
            throw new ArgumentException($"a row has {table.Width} weights, not one per type and mode ({PloverTypes.Count + modes.Length})", nameof(table));
        }

        Table = table;
        Modes = modes;
        ExtraTriggers = extraTriggers;
    }

    /// <summary>Mode names; "" is the "no mode" label.</summary>
    public string[] Modes { get; }

    public IReadOnlyList<(string Form, int Type, float Weight)> ExtraTriggers { get; }

    public int RowWidth => PloverTypes.Count + Modes.Length;

    public int FeatureRows => Table.Count;

    /// <summary>The quantised weights as stored (for re-writing the file: tests check it round-trips byte for byte).</summary>
    public SparseWeightTable Table { get; }

    /// <summary>Adds each feature's row to <paramref name="scores"/> (length <see cref="RowWidth"/>: types, then modes).</summary>
    public void AddScores(IReadOnlyList<uint> features, Span<float> scores) => Table.AddScores(features, scores);

    /// <summary>Softmax over the type part of <paramref name="scores"/>, in place.</summary>
    public static void SoftmaxTypes(Span<float> scores)
    {
        var types = scores[..PloverTypes.Count];
        float max = float.MinValue;
        foreach (float s in types)
        {
            max = Math.Max(max, s);
        }

        float sum = 0;
        for (int i = 0; i < types.Length; i++)
        {
            types[i] = MathF.Exp(types[i] - max);
            sum += types[i];
        }

        for (int i = 0; i < types.Length; i++)
        {
            types[i] /= sum;
        }
    }
}
