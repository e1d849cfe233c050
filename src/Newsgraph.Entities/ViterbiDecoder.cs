namespace Newsgraph.Entities;

/// <summary>
/// First-order Viterbi over BILOU labels with the transition constraints (a B/I is continued by I/L of
/// its kind; a sentence does not end inside an entity). A token's score for label c after label p is
/// its static features' row at c plus the previous-label features of p at c, so the whole sequence is
/// chosen at once: a greedy decoder commits to "B-ORG" before it sees the head noun that makes the name
/// a person or a place. Training (structured perceptron) decodes with this same code.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Label that no path may take at a position (constrained decoding).</summary>
    public const int Free = -1;

    /// <summary>Most labels a scorer has (with the MISC kind); a model without it decodes over its 17.</summary>
    private const int MaxLabels = 21;

    /// <param name="forced">Per token the label the path must take, or <see cref="Free"/>; empty for none.</param>
    /// <returns>False when the constraints leave no valid path (labels are then undefined).</returns>
    public static bool Decode<TScorer>(TScorer scorer, IReadOnlyList<string> tokens, TokenFeatures.Sentence sentence, Span<int> labels, ReadOnlySpan<int> forced)
        where TScorer : IRowScorer
    {
        int labelCount = scorer.Labels;
        if (BilouLabels.TaggerCount != MaxLabels || (labelCount != BilouLabels.Count && labelCount != BilouLabels.TaggerCount))
        {
            throw new InvalidOperationException($"The decoder is laid out for {BilouLabels.Count} or {MaxLabels} labels, not {labelCount}");
        }

        int n = tokens.Count;
        Span<uint> features = stackalloc uint[TokenFeatures.MaxPerToken];
        Span<float> emission = stackalloc float[MaxLabels];
        Span<float> history = stackalloc float[MaxLabels];
        Span<float> previousBest = stackalloc float[MaxLabels];
        Span<float> best = stackalloc float[MaxLabels];
        byte[]? rented = null;
        Span<byte> back = n * labelCount <= 4096 ? stackalloc byte[n * labelCount] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(n * labelCount));
        try
        {
            for (int i = 0; i < n; i++)
            {
                int count = TokenFeatures.Static(tokens, sentence, i, features);
                emission.Clear();
                scorer.AddScores(features[..count], emission);
                best.Fill(float.NegativeInfinity);
                int forcedLabel = forced.IsEmpty ? Free : forced[i];
                bool isLast = i == n - 1;
                int previousCount = i == 0 ? 1 : labelCount;
                for (int p = 0; p < previousCount; p++)
                {
                    float from = i == 0 ? 0f : previousBest[p];
                    if (float.IsNegativeInfinity(from))
                    {
                        continue;
                    }

                    // p == 0 at i == 0 is the sentence start, the same "outside" history training saw.
                    int hc = TokenFeatures.PreviousLabel(sentence, i, p, features);
                    history.Clear();
                    scorer.AddScores(features[..hc], history);
                    for (int c = 0; c < labelCount; c++)
                    {
                        if (!BilouLabels.IsAllowed(p, c) || (isLast && !BilouLabels.CanEnd(c)) || (forcedLabel != Free && c != forcedLabel))
                        {
                            continue;
                        }

                        float total = from + emission[c] + history[c];
                        if (total > best[c])
                        {
                            best[c] = total;
                            back[(i * labelCount) + c] = (byte)p;
                        }
                    }
                }

                best.CopyTo(previousBest);
            }

            int last = -1;
            for (int c = 0; c < labelCount; c++)
            {
                if (!float.IsNegativeInfinity(previousBest[c]) && (last < 0 || previousBest[c] > previousBest[last]))
                {
                    last = c;
                }
            }

            if (last < 0)
            {
                return false;
            }

            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = last;
                last = back[(i * labelCount) + last];
            }

            return true;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
