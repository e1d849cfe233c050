using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Cheap distributional word classes from unlabeled text, computed by our own code (no external
/// tool): each frequent-enough lower-cased word gets a PPMI-weighted vector of the words at
/// positions −2, −1, +1, +2; seeded spherical k-means groups the vectors into fine classes, and a
/// second k-means over the fine centroids gives the coarse classes (a two-level stand-in for Brown
/// cluster prefixes). Deterministic for a seed.
/// </summary>
internal static class WordClusterBuilder
{
    /// <summary>Words seen fewer times have too few contexts for a stable class.</summary>
    public const int MinCount = 3;

    /// <summary>Context words: the most frequent ones; the rest share one "rare" slot.</summary>
    public const int ContextWords = 1000;

    public const int FineClasses = 256;
    public const int CoarseClasses = 32;
    public const int Iterations = 10;

    /// <summary>
    /// Context dimensions kept per word (the highest PPMI): frequent words have thousands, and the
    /// strongest few carry the class while bounding k-means time.
    /// </summary>
    public const int MaxContextsPerWord = 96;

    private static readonly int[] Offsets = [-2, -1, 1, 2];

    public static WordClusters Build(IEnumerable<string[]> sentences, int seed, Action<string> log, int fineClasses = FineClasses, int coarseClasses = CoarseClasses)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowered = new List<string[]>();
        foreach (string[] tokens in sentences)
        {
            string[] lower = [.. tokens.Select(t => t.ToLowerInvariant())];
            lowered.Add(lower);
            foreach (string word in lower)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var byFrequency = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var vocabulary = byFrequency.Where(c => c.Value >= MinCount).Select(c => c.Key).ToList();
        var wordIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contextIndex = byFrequency.Take(ContextWords).Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        int slots = ContextWords + 2; // + rare + sentence boundary
        int dimensions = slots * Offsets.Length;

        var cooccurrence = new Dictionary<int, float>[vocabulary.Count];
        for (int w = 0; w < cooccurrence.Length; w++)
        {
            cooccurrence[w] = [];
        }

        var contextTotals = new double[dimensions];
        double total = 0;
        foreach (string[] lower in lowered)
        {
            for (int i = 0; i < lower.Length; i++)
            {
                if (!wordIndex.TryGetValue(lower[i], out int w))
                {
                    continue;
                }

                for (int o = 0; o < Offsets.Length; o++)
                {
                    int at = i + Offsets[o];
                    int slot = at < 0 || at >= lower.Length ? ContextWords + 1 : contextIndex.GetValueOrDefault(lower[at], ContextWords);
                    int dimension = (o * slots) + slot;
                    cooccurrence[w][dimension] = cooccurrence[w].GetValueOrDefault(dimension) + 1;
                    contextTotals[dimension]++;
                    total++;
                }
            }
        }

        // PPMI vectors, L2-normalised, as sorted sparse arrays.
        var vectors = new (int[] Index, float[] Value)[vocabulary.Count];
        for (int w = 0; w < vocabulary.Count; w++)
        {
            double wordTotal = cooccurrence[w].Values.Sum();
            var kept = new List<(int Dimension, float Pmi, float Strength)>();
            foreach (var (dimension, count) in cooccurrence[w])
            {
                double pmi = Math.Log(count * total / (wordTotal * contextTotals[dimension]));
                if (pmi > 0)
                {
                    kept.Add((dimension, (float)pmi, (float)(pmi * count)));
                }
            }

            if (kept.Count > MaxContextsPerWord)
            {
                // Ranked by PPMI × count: PPMI alone favours contexts seen once.
                kept.Sort((a, b) => b.Strength != a.Strength ? b.Strength.CompareTo(a.Strength) : a.Dimension.CompareTo(b.Dimension));
                kept.RemoveRange(MaxContextsPerWord, kept.Count - MaxContextsPerWord);
            }

            kept.Sort((a, b) => a.Dimension.CompareTo(b.Dimension));
            float norm = MathF.Sqrt(kept.Sum(k => k.Pmi * k.Pmi));
            vectors[w] = ([.. kept.Select(k => k.Dimension)], [.. kept.Select(k => norm > 0 ? k.Pmi / norm : 0)]);
        }

        var random = new Random(seed);
        int fineCount = Math.Min(fineClasses, Math.Max(1, vocabulary.Count));
        int[] fine = KMeans(vectors, dimensions, fineCount, random);
        float[][] fineCentroids = Centroids(vectors, fine, fineCount, dimensions);
        var centroidVectors = fineCentroids.Select(Sparse).ToArray();
        int[] coarseOfFine = KMeans(centroidVectors, dimensions, Math.Min(coarseClasses, fineCount), random);

        var entries = new List<(string, int, int)>(vocabulary.Count);
        for (int w = 0; w < vocabulary.Count; w++)
        {
            // Classes are 1-based: 0 is "unknown word".
            entries.Add((vocabulary[w], coarseOfFine[fine[w]] + 1, fine[w] + 1));
        }

        log($"word classes: {vocabulary.Count} words (seen ≥{MinCount} times in {lowered.Count} sentences), {fineCount} fine, {Math.Min(coarseClasses, fineCount)} coarse");
        return new WordClusters(entries);
    }

    private static (int[] Index, float[] Value) Sparse(float[] dense)
    {
        var index = new List<int>();
        var value = new List<float>();
        for (int d = 0; d < dense.Length; d++)
        {
            if (dense[d] != 0)
            {
                index.Add(d);
                value.Add(dense[d]);
            }
        }

        return ([.. index], [.. value]);
    }

    /// <summary>Spherical k-means (cosine), seeded by distinct random vectors; empty classes keep their old centroid.</summary>
    private static int[] KMeans((int[] Index, float[] Value)[] vectors, int dimensions, int k, Random random)
    {
        var seeds = Enumerable.Range(0, vectors.Length).Where(v => vectors[v].Index.Length > 0).ToArray();
        random.Shuffle(seeds);
        var centroids = new float[k][];
        for (int c = 0; c < k; c++)
        {
            centroids[c] = new float[dimensions];
            if (c < seeds.Length)
            {
                var (index, value) = vectors[seeds[c]];
                for (int j = 0; j < index.Length; j++)
                {
                    centroids[c][index[j]] = value[j];
                }
            }
        }

        var assignment = new int[vectors.Length];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            for (int v = 0; v < vectors.Length; v++)
            {
                var (index, value) = vectors[v];
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float[] centroid = centroids[c];
                    float score = 0;
                    for (int j = 0; j < index.Length; j++)
                    {
                        score += centroid[index[j]] * value[j];
                    }

                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                assignment[v] = best;
            }

            var updated = Centroids(vectors, assignment, k, dimensions);
            for (int c = 0; c < k; c++)
            {
                if (updated[c].Any(x => x != 0))
                {
                    centroids[c] = updated[c];
                }
            }
        }

        return assignment;
    }

    private static float[][] Centroids((int[] Index, float[] Value)[] vectors, int[] assignment, int k, int dimensions)
    {
        var sums = new float[k][];
        for (int c = 0; c < k; c++)
        {
            sums[c] = new float[dimensions];
        }

        for (int v = 0; v < vectors.Length; v++)
        {
            var (index, value) = vectors[v];
            for (int j = 0; j < index.Length; j++)
            {
                sums[assignment[v]][index[j]] += value[j];
            }
        }

        foreach (float[] sum in sums)
        {
            float norm = MathF.Sqrt(sum.Sum(x => x * x));
            if (norm > 0)
            {
                for (int d = 0; d < sum.Length; d++)
                {
                    sum[d] /= norm;
                }
            }
        }

        return sums;
    }
}
