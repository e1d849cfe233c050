using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Averaged perceptron over greedy left-to-right BILOU decoding (predicted labels as history, so
/// training sees the errors tagging will make). Tokens a corpus leaves unknown (MISC) get no update.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly Dictionary<uint, int> _rowByFeature = [];
    private readonly List<float> _weights = [];
    private readonly List<double> _totals = [];
    private readonly List<int> _stamps = [];
    private readonly TokenFeatures _features;
    private int _now;

    public PerceptronTrainer(Gazetteer gazetteer, WordClusters clusters) => _features = new TokenFeatures(gazetteer, clusters);

    public void Train(IReadOnlyList<NerSentence> sentences, int epochs, int seed, Action<string> log)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var context = new TokenFeatures.Sentence();
        var features = new uint[TokenFeatures.MaxPerToken];
        var scores = new float[BilouLabels.Count];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long tokens = 0;
            long errors = 0;
            foreach (int index in order)
            {
                var sentence = sentences[index];
                int[] gold = GoldLabels(sentence);
                _features.Prepare(sentence.Tokens, context);
                int previous = BilouLabels.Outside;
                int previous2 = BilouLabels.Outside;
                for (int i = 0; i < sentence.Tokens.Length; i++)
                {
                    _now++;
                    int count = TokenFeatures.Static(sentence.Tokens, context, i, features);
                    count += TokenFeatures.History(context, i, previous, previous2, features.AsSpan(count));
                    Array.Clear(scores);
                    Score(features.AsSpan(0, count), scores);
                    int predicted = FastEntityTagger.BestAllowed(scores, previous, i == sentence.Tokens.Length - 1);
                    if (!sentence.Unknown[i] && predicted != gold[i])
                    {
                        errors++;
                        for (int f = 0; f < count; f++)
                        {
                            int row = Row(features[f]);
                            Update(row, gold[i], 1f);
                            Update(row, predicted, -1f);
                        }
                    }

                    tokens++;
                    previous2 = previous;
                    previous = predicted;
                }
            }

            log($"epoch {epoch}: {tokens} tokens, token error rate {(double)errors / tokens:0.0000}, {_rowByFeature.Count} feature rows");
        }
    }

    /// <summary>Averaged weights per feature.</summary>
    public Dictionary<uint, float[]> AveragedRows()
    {
        int labels = BilouLabels.Count;
        var rows = new Dictionary<uint, float[]>(_rowByFeature.Count);
        foreach (var (feature, row) in _rowByFeature)
        {
            var averaged = new float[labels];
            for (int label = 0; label < labels; label++)
            {
                int at = (row * labels) + label;
                double total = _totals[at] + ((_now - _stamps[at]) * (double)_weights[at]);
                averaged[label] = (float)(total / _now);
            }

            rows[feature] = averaged;
        }

        return rows;
    }

    public static int[] GoldLabels(NerSentence sentence)
    {
        var labels = new int[sentence.Tokens.Length];
        foreach (var entity in sentence.Entities)
        {
            int kind = Array.IndexOf(BilouLabels.LearntKinds, entity.Kind);
            if (entity.End - entity.Start == 1)
            {
                labels[entity.Start] = BilouLabels.Label(kind, BilouLabels.Unit);
                continue;
            }

            labels[entity.Start] = BilouLabels.Label(kind, BilouLabels.Begin);
            for (int i = entity.Start + 1; i < entity.End - 1; i++)
            {
                labels[i] = BilouLabels.Label(kind, BilouLabels.Inside);
            }

            labels[entity.End - 1] = BilouLabels.Label(kind, BilouLabels.Last);
        }

        return labels;
    }

    private void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        int labels = BilouLabels.Count;
        foreach (uint feature in features)
        {
            if (_rowByFeature.TryGetValue(feature, out int row))
            {
                for (int label = 0; label < labels; label++)
                {
                    scores[label] += _weights[(row * labels) + label];
                }
            }
        }
    }

    private int Row(uint feature)
    {
        if (!_rowByFeature.TryGetValue(feature, out int row))
        {
            row = _rowByFeature.Count;
            _rowByFeature[feature] = row;
            for (int label = 0; label < BilouLabels.Count; label++)
            {
                _weights.Add(0);
                _totals.Add(0);
                _stamps.Add(0);
            }
        }

        return row;
    }

    private void Update(int row, int label, float delta)
    {
        int at = (row * BilouLabels.Count) + label;
        _totals[at] += (_now - _stamps[at]) * (double)_weights[at];
        _stamps[at] = _now;
        _weights[at] += delta;
    }
}
