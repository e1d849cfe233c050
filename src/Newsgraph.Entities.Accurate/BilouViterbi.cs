namespace Newsgraph.Entities.Accurate;

/// <summary>
/// Best BILOU label sequence under the transition constraints (a B or I is continued by I or L
/// of its kind; a sentence starts outside an entity and may not end inside one), over per-token
/// log-probabilities. The head is trained per token, so its log-softmax scores add up along a path.
/// </summary>
internal static class BilouViterbi
{
    public static void Decode(ReadOnlySpan<float> logProbabilities, int tokens, int labels, Span<int> best)
    {
        var score = new float[tokens * labels];
        var back = new int[tokens * labels];
        for (int l = 0; l < labels; l++)
        {
            score[l] = BilouLabels.IsAllowed(BilouLabels.Outside, l) ? logProbabilities[l] : float.NegativeInfinity;
        }

        for (int t = 1; t < tokens; t++)
        {
            for (int l = 0; l < labels; l++)
            {
                float top = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < labels; p++)
                {
                    float s = score[((t - 1) * labels) + p];
                    if (s > top && BilouLabels.IsAllowed(p, l))
                    {
                        top = s;
                        from = p;
                    }
                }

                score[(t * labels) + l] = top + logProbabilities[(t * labels) + l];
                back[(t * labels) + l] = from;
            }
        }

        int last = 0;
        float lastScore = float.NegativeInfinity;
        for (int l = 0; l < labels; l++)
        {
            float s = score[((tokens - 1) * labels) + l];
            if (BilouLabels.CanEnd(l) && s > lastScore)
            {
                lastScore = s;
                last = l;
            }
        }

        for (int t = tokens - 1; t >= 0; t--)
        {
            best[t] = last;
            last = back[(t * labels) + last];
        }
    }
}
