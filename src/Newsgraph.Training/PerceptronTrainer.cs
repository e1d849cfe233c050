using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Structured averaged perceptron (Collins 2002) over first-order BILOU Viterbi: each sentence is
/// decoded whole with the current weights by the tagger's own <see cref="ViterbiDecoder"/>, and where
/// the best path differs from the gold path the gold path's features gain and the predicted path's
/// lose, so training optimises exactly what tagging decodes. Tokens a corpus leaves unknown (MISC) are
/// free in the gold path: it is the best path that agrees with gold on every known token.
/// </summary>
internal sealed class PerceptronTrainer : IRowScorer
{
    /// <summary>
    /// How many leading features of each group (a token's static features: bias, word, shape, exact
    /// form; its previous-label features: label, × word, × shape, × class) also get a copy per training
    /// corpus. The corpora annotate differently (GMB's silver org/gpe, CrossNER's parties and elections,
    /// WikiGold's MISC): the copies absorb each corpus's own label preferences for a word or shape, so the
    /// shared weights — the only ones written to the model, as no corpus is known at tagging time — learn
    /// what the corpora agree on (Daumé 2007, "frustratingly easy" domain adaptation, on a cheap subset).
    /// </summary>
    public const int CorpusCopies = 4;

    private readonly Dictionary<uint, int> _rowByFeature = [];
    private readonly Dictionary<ulong, int> _corpusRowByFeature = [];
    private readonly Dictionary<string, int> _corpusIndex = new(StringComparer.Ordinal);
    private readonly bool _corpusFeatures;
    private ulong _corpus;
    private int _rowCount;
    private float[] _weights = new float[1 << 20];
    private double[] _totals = new double[1 << 20];
    private int[] _stamps = new int[1 << 20];
    private readonly TokenFeatures _features;
    private int _now;
    private readonly int _labels;

    private readonly bool _passiveAggressive;
    private readonly float _passiveAggressiveCap;
    private readonly Dictionary<int, float> _step = [];

    /// <param name="passiveAggressive">Whether each update is scaled to the smallest step that makes the gold path win by a margin of √(wrong tokens) (PA-I), instead of the perceptron's fixed step of one.</param>
    /// <param name="passiveAggressiveCap">PA-I's C: the largest step a passive-aggressive update takes.</param>
    /// <param name="labels">Labels to learn: <see cref="BilouLabels.Count"/>, or <see cref="BilouLabels.TaggerCount"/> with the MISC kind (0: the former).</param>
    public PerceptronTrainer(Gazetteer gazetteer, WordClusters clusters, bool corpusFeatures = false, bool passiveAggressive = false, float passiveAggressiveCap = 1f, int labels = 0)
    {
        _labels = labels == 0 ? BilouLabels.Count : labels;
        _features = new TokenFeatures(gazetteer, clusters);
        _corpusFeatures = corpusFeatures;
        _passiveAggressive = passiveAggressive;
        _passiveAggressiveCap = passiveAggressiveCap;
    }

    /// <param name="afterEpoch">Called after each epoch with its number (an experiment scores the averaged weights so far); null for none.</param>
    public void Train(IReadOnlyList<NerSentence> sentences, int epochs, int seed, Action<string> log, Action<int>? afterEpoch = null)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var context = new TokenFeatures.Sentence();
        var features = new uint[TokenFeatures.MaxPerToken];
        int[] predicted = [];
        int[] forced = [];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long tokens = 0;
            long errors = 0;
            long skipped = 0;
            foreach (int index in order)
            {
                var sentence = sentences[index];
                int n = sentence.Tokens.Length;
                tokens += n;
                if (n == 0)
                {
                    continue;
                }

                _now++;
                _corpus = _corpusFeatures ? CorpusKey(sentence.Corpus) : 0;
                int[] gold = GoldLabels(sentence);
                if (predicted.Length < n)
                {
                    predicted = new int[Math.Max(n, predicted.Length * 2)];
                    forced = new int[predicted.Length];
                }

                _features.Prepare(sentence.Tokens, context);
                ViterbiDecoder.Decode(this, sentence.Tokens, context, predicted.AsSpan(0, n), []);
                if (sentence.Unknown.Any(u => u))
                {
                    for (int i = 0; i < n; i++)
                    {
                        forced[i] = sentence.Unknown[i] ? ViterbiDecoder.Free : gold[i];
                    }

                    if (!ViterbiDecoder.Decode(this, sentence.Tokens, context, gold, forced.AsSpan(0, n)))
                    {
                        skipped++;
                        continue;
                    }
                }

                bool any = false;
                for (int i = 0; i < n; i++)
                {
                    if (predicted[i] != gold[i])
                    {
                        any = true;
                        if (!sentence.Unknown[i])
                        {
                            errors++;
                        }
                    }
                }

                if (any)
                {
                    Update(sentence.Tokens, context, gold, predicted, features);
                    if (_passiveAggressive)
                    {
                        ApplyPassiveAggressive(sentence, gold, predicted);
                    }
                }
            }

            log($"epoch {epoch}: {tokens} tokens, token error rate {(double)errors / tokens:0.0000}, {_rowByFeature.Count} feature rows ({_corpusRowByFeature.Count} per-corpus rows, not written), {skipped} sentences without a gold path");
            if (afterEpoch is not null)
            {
                // The per-corpus copies are off while scoring: no corpus is known at tagging time.
                var corpus = _corpus;
                _corpus = 0;
                afterEpoch(epoch);
                _corpus = corpus;
            }
        }

        _corpus = 0;
    }

    private ulong CorpusKey(string corpus)
    {
        if (!_corpusIndex.TryGetValue(corpus, out int index))
        {
            index = _corpusIndex.Count + 1;
            _corpusIndex[corpus] = index;
        }

        return (ulong)index << 32;
    }

    public int Labels => _labels;

    public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (uint feature in features)
        {
            if (_rowByFeature.TryGetValue(feature, out int row))
            {
                AddRow(row, scores);
            }
        }

        if (_corpus != 0)
        {
            for (int f = 0; f < features.Length && f < CorpusCopies; f++)
            {
                if (_corpusRowByFeature.TryGetValue(_corpus | features[f], out int row))
                {
                    AddRow(row, scores);
                }
            }
        }
    }

    private void AddRow(int row, Span<float> scores)
    {
        int labels = _labels;
        var weights = _weights.AsSpan(row * labels, labels);
        for (int label = 0; label < labels; label++)
        {
            scores[label] += weights[label];
        }
    }

    /// <summary>Averaged weights per feature.</summary>
    public Dictionary<uint, float[]> AveragedRows()
    {
        int labels = _labels;
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

        foreach (var (start, end, _) in sentence.Misc)
        {
            int misc = BilouLabels.MiscKindIndex;
            if (end - start == 1)
            {
                labels[start] = BilouLabels.Label(misc, BilouLabels.Unit);
                continue;
            }

            labels[start] = BilouLabels.Label(misc, BilouLabels.Begin);
            for (int i = start + 1; i < end - 1; i++)
            {
                labels[i] = BilouLabels.Label(misc, BilouLabels.Inside);
            }

            labels[end - 1] = BilouLabels.Label(misc, BilouLabels.Last);
        }

        return labels;
    }

    /// <summary>
    /// Gold path +1, predicted path −1, only where they differ: a token's static features where its
    /// label differs, its previous-label features where the (previous, label) pair differs.
    /// </summary>
    private void Update(string[] tokens, TokenFeatures.Sentence context, int[] gold, int[] predicted, uint[] features)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            int goldPrevious = i == 0 ? BilouLabels.Outside : gold[i - 1];
            int predictedPrevious = i == 0 ? BilouLabels.Outside : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                int count = TokenFeatures.Static(tokens, context, i, features);
                for (int f = 0; f < count; f++)
                {
                    int row = Row(features[f]);
                    Update(row, gold[i], 1f);
                    Update(row, predicted[i], -1f);
                    if (_corpus != 0 && f < CorpusCopies)
                    {
                        row = CorpusRow(features[f]);
                        Update(row, gold[i], 1f);
                        Update(row, predicted[i], -1f);
                    }
                }
            }

            if (gold[i] != predicted[i] || goldPrevious != predictedPrevious)
            {
                int count = TokenFeatures.PreviousLabel(context, i, goldPrevious, features);
                for (int f = 0; f < count; f++)
                {
                    Update(Row(features[f]), gold[i], 1f);
                    if (_corpus != 0 && f < CorpusCopies)
                    {
                        Update(CorpusRow(features[f]), gold[i], 1f);
                    }
                }

                count = TokenFeatures.PreviousLabel(context, i, predictedPrevious, features);
                for (int f = 0; f < count; f++)
                {
                    Update(Row(features[f]), predicted[i], -1f);
                    if (_corpus != 0 && f < CorpusCopies)
                    {
                        Update(CorpusRow(features[f]), predicted[i], -1f);
                    }
                }
            }
        }
    }

    private int Row(uint feature)
    {
        if (!_rowByFeature.TryGetValue(feature, out int row))
        {
            row = NewRow();
            _rowByFeature[feature] = row;
        }

        return row;
    }

    private int CorpusRow(uint feature)
    {
        ulong key = _corpus | feature;
        if (!_corpusRowByFeature.TryGetValue(key, out int row))
        {
            row = NewRow();
            _corpusRowByFeature[key] = row;
        }

        return row;
    }

    private int NewRow()
    {
        int row = _rowCount++;
        int needed = (row + 1) * _labels;
        if (needed > _weights.Length)
        {
            int size = Math.Max(needed, _weights.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        return row;
    }

    private void Update(int row, int label, float delta)
    {
        int at = (row * _labels) + label;
        if (_passiveAggressive)
        {
            // Collected first: the step size depends on the whole update (its norm and the margin it fixes).
            _step[at] = _step.GetValueOrDefault(at) + delta;
            return;
        }

        Move(at, delta);
    }

    /// <summary>
    /// PA-I step over the collected update Δ = φ(gold) − φ(predicted): τ = min(C, (w·(−Δ) + √cost) / ‖Δ‖²), where
    /// w·Δ is how much the gold path's score trails the predicted path's (features both paths share cancel) and the
    /// cost is the number of known tokens labelled wrong. The perceptron steps by one whatever the error's size.
    /// </summary>
    private void ApplyPassiveAggressive(NerSentence sentence, int[] gold, int[] predicted)
    {
        int cost = 0;
        for (int i = 0; i < sentence.Tokens.Length; i++)
        {
            if (gold[i] != predicted[i] && !sentence.Unknown[i])
            {
                cost++;
            }
        }

        double margin = 0;
        double norm = 0;
        foreach (var (at, delta) in _step)
        {
            margin += delta * (double)_weights[at];
            norm += delta * (double)delta;
        }

        double loss = Math.Sqrt(cost) - margin;
        if (norm > 0 && loss > 0)
        {
            float tau = (float)Math.Min(_passiveAggressiveCap, loss / norm);
            foreach (var (at, delta) in _step)
            {
                Move(at, tau * delta);
            }
        }

        _step.Clear();
    }

    private void Move(int at, float delta)
    {
        _totals[at] += (_now - _stamps[at]) * (double)_weights[at];
        _stamps[at] = _now;
        _weights[at] += delta;
    }
}
