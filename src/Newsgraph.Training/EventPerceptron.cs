using Newsgraph.Events;

namespace Newsgraph.Training;

/// <summary>
/// Averaged multi-class perceptron with two heads sharing feature rows: the first
/// <see cref="PloverTypes.Count"/> columns score types, the rest score modes. Each head is updated
/// only on its own mistake.
/// </summary>
internal sealed class EventPerceptron(int width)
{
    private readonly Dictionary<uint, int> _rowByFeature = [];
    private readonly List<float> _weights = [];
    private readonly List<double> _totals = [];
    private readonly List<int> _stamps = [];
    private int _now;

    public void Train(IReadOnlyList<EventExample> examples, int epochs, int seed, Action<string> log)
    {
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var scores = new float[width];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int typeErrors = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                _now++;
                Array.Clear(scores);
                foreach (uint feature in example.Features)
                {
                    if (_rowByFeature.TryGetValue(feature, out int row))
                    {
                        for (int j = 0; j < width; j++)
                        {
                            scores[j] += _weights[(row * width) + j];
                        }
                    }
                }

                int type = ArgMax(scores.AsSpan(0, PloverTypes.Count));
                int mode = PloverTypes.Count + ArgMax(scores.AsSpan(PloverTypes.Count));
                int goldMode = PloverTypes.Count + example.Mode;
                if (type != example.Type)
                {
                    typeErrors++;
                }

                foreach (uint feature in example.Features)
                {
                    int row = -1;
                    if (type != example.Type)
                    {
                        row = Row(feature);
                        Update(row, example.Type, 1f);
                        Update(row, type, -1f);
                    }

                    if (mode != goldMode)
                    {
                        row = row < 0 ? Row(feature) : row;
                        Update(row, goldMode, 1f);
                        Update(row, mode, -1f);
                    }
                }
            }

            log($"epoch {epoch}: {examples.Count} examples, type error rate {(double)typeErrors / examples.Count:0.0000}, {_rowByFeature.Count} feature rows");
        }
    }

    public Dictionary<uint, float[]> AveragedRows()
    {
        var rows = new Dictionary<uint, float[]>(_rowByFeature.Count);
        foreach (var (feature, row) in _rowByFeature)
        {
            var averaged = new float[width];
            for (int j = 0; j < width; j++)
            {
                int at = (row * width) + j;
                double total = _totals[at] + ((_now - _stamps[at]) * (double)_weights[at]);
                averaged[j] = (float)(total / _now);
            }

            rows[feature] = averaged;
        }

        return rows;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    private int Row(uint feature)
    {
        if (!_rowByFeature.TryGetValue(feature, out int row))
        {
            row = _rowByFeature.Count;
            _rowByFeature[feature] = row;
            for (int j = 0; j < width; j++)
            {
                _weights.Add(0);
                _totals.Add(0);
                _stamps.Add(0);
            }
        }

        return row;
    }

    private void Update(int row, int column, float delta)
    {
        int at = (row * width) + column;
        _totals[at] += (_now - _stamps[at]) * (double)_weights[at];
        _stamps[at] = _now;
        _weights[at] += delta;
    }
}
