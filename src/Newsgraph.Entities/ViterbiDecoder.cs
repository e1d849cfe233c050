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

    private const int Labels = 17;

    /// <param name="forced">Per token the label the path must take, or <see cref="Free"/>; empty for none.</param>
    /// <returns>False when the constraints leave no valid path (labels are then undefined).</returns>
    public static bool Decode<TScorer>(TScorer scorer, IReadOnlyList<string> tokens, TokenFeatures.Sentence sentence, Span<int> labels, ReadOnlySpan<int> forced)
        where TScorer : IRowScorer
    {
        if (BilouLabels.Count != Labels)
        {
            throw new InvalidOperationException($"The decoder is laid out for {Labels} labels");
        }

        int n = tokens.Count;
        Span<uint> features = stackalloc uint[TokenFeatures.MaxPerToken];
        Span<float> emission = stackalloc float[Labels];
        Span<float> history = stackalloc float[Labels];
        Span<float> previousBest = stackalloc float[Labels];
        Span<float> best = stackalloc float[Labels];
        byte[]? rented = null;
        Span<byte> back = n * Labels <= 4096 ? stackalloc byte[n * Labels] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(n * Labels));
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
                int previousCount = i == 0 ? 1 : Labels;
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
                    for (int c = 0; c < Labels; c++)
                    {
                        if (!BilouLabels.IsAllowed(p, c) || (isLast && !BilouLabels.CanEnd(c)) || (forcedLabel != Free && c != forcedLabel))
                        {
                            continue;
                        }

                        float total = from + emission[c] + history[c];
                        if (total > best[c])
                        {
                            best[c] = total;
                            back[(i * Labels) + c] = (byte)p;
                        }
                    }
                }

                best.CopyTo(previousBest);
            }

            int last = -1;
            for (int c = 0; c < Labels; c++)
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
                last = back[(i * Labels) + last];
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
