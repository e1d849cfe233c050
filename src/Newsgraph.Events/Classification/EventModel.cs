namespace Newsgraph.Events.Classification;

/// <summary>
/// A loaded event classifier: one weight row per hashed feature, holding a weight per PLOVER type
/// followed by a weight per mode, plus the mode names and the extra (dictionary-derived) trigger
/// forms the trainer stored beside the weights.
/// </summary>
internal sealed class EventModel
{
    private readonly Dictionary<uint, int> _rowByFeature;
    private readonly float[] _weights;

    public EventModel(Dictionary<uint, int> rowByFeature, float[] weights, string[] modes, IReadOnlyList<(string Form, int Type, float Weight)> extraTriggers)
    {
        _rowByFeature = rowByFeature;
        _weights = weights;
        Modes = modes;
        ExtraTriggers = extraTriggers;
    }

    /// <summary>Mode names; "" is the "no mode" label.</summary>
    public string[] Modes { get; }

    public IReadOnlyList<(string Form, int Type, float Weight)> ExtraTriggers { get; }

    public int RowWidth => PloverTypes.Count + Modes.Length;

    public int FeatureRows => _rowByFeature.Count;

    /// <summary>The row of each feature hash in <see cref="Weights"/> (for re-writing the file: tests check it round-trips byte for byte).</summary>
    public IReadOnlyDictionary<uint, int> Rows => _rowByFeature;

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Adds each feature's row to <paramref name="scores"/> (length <see cref="RowWidth"/>: types, then modes).</summary>
    public void AddScores(IReadOnlyList<uint> features, Span<float> scores)
    {
        int width = RowWidth;
        foreach (uint feature in features)
        {
            if (_rowByFeature.TryGetValue(feature, out int row))
            {
                ReadOnlySpan<float> weights = _weights.AsSpan(row * width, width);
                for (int i = 0; i < width; i++)
                {
                    scores[i] += weights[i];
                }
            }
        }
    }

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
