using Newsgraph.Entities.Accurate;

namespace Newsgraph.Training.Accurate;

/// <summary>
/// Trains the accurate mode's head (standardisation + one ReLU layer + softmax) by minibatch Adam
/// on per-token cross-entropy; tokens whose gold label the corpus leaves unknown are skipped.
/// Seeded: the same rows, labels and seed give the same head.
/// </summary>
internal sealed class HeadTrainer(int inputs, int hidden, int labels, int seed)
{
    private const int BatchSize = 32;
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    /// <summary>L2 penalty on the weights (not biases): a light guard against the sample's small size.</summary>
    private const float L2 = 1e-5f;

    public TaggingHead Train(IReadOnlyList<(float[] Rows, int[] Labels, bool[] Skip)> sentences, int epochs, float learningRate,
        (int Start, int Length) dropBlock, double dropChance, Action<string> log)
    {
        var random = new Random(seed);
        var examples = new List<(float[] Rows, int Token, int Label)>();
        foreach (var (rows, gold, skip) in sentences)
        {
            for (int t = 0; t < gold.Length; t++)
            {
                if (!skip[t])
                {
                    examples.Add((rows, t, gold[t]));
                }
            }
        }

        var (mean, inverseStd) = Standardisation(sentences);
        int top = hidden == 0 ? inputs : hidden;
        var parameters = new[]
        {
            Gaussian(random, inputs * hidden, MathF.Sqrt(2f / inputs)), new float[hidden],
            Gaussian(random, labels * top, MathF.Sqrt(1f / top)), new float[labels],
        };
        var decay = new[] { true, false, true, false };
        var gradients = parameters.Select(p => new float[p.Length]).ToArray();
        var m = parameters.Select(p => new float[p.Length]).ToArray();
        var v = parameters.Select(p => new float[p.Length]).ToArray();
        var head = new TaggingHead(inputs, hidden, labels, mean, inverseStd, parameters[0], parameters[1], parameters[2], parameters[3]);

        var x = new float[inputs];
        var activation = new float[Math.Max(1, hidden)];
        var scores = new float[labels];
        var dHidden = new float[Math.Max(1, hidden)];
        int step = 0;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            int correct = 0;
            for (int start = 0; start < order.Length; start += BatchSize)
            {
                foreach (var g in gradients)
                {
                    Array.Clear(g);
                }

                int end = Math.Min(order.Length, start + BatchSize);
                for (int k = start; k < end; k++)
                {
                    var (rows, token, label) = examples[order[k]];
                    rows.AsSpan(token * inputs, inputs).CopyTo(x);
                    if (dropChance > 0 && random.NextDouble() < dropChance)
                    {
                        x.AsSpan(dropBlock.Start, dropBlock.Length).Clear();
                    }

                    head.Standardise(x);
                    head.Scores(x, activation, scores);
                    int best = 0;
                    for (int l = 1; l < labels; l++)
                    {
                        best = scores[l] > scores[best] ? l : best;
                    }

                    correct += best == label ? 1 : 0;
                    AccurateEntityTagger.LogSoftmax(scores);
                    loss -= scores[label];
                    for (int l = 0; l < labels; l++)
                    {
                        scores[l] = MathF.Exp(scores[l]) - (l == label ? 1 : 0);
                    }

                    Backward(x, activation, scores, dHidden, gradients, parameters);
                }

                step++;
                Adam(parameters, gradients, m, v, decay, step, learningRate, end - start);
            }

            log($"epoch {epoch}: loss {loss / examples.Count:0.0000}, token accuracy {(double)correct / examples.Count:0.0000} ({examples.Count} tokens)");
        }

        return head;
    }

    private void Backward(float[] x, float[] activation, float[] dScores, float[] dHidden, float[][] g, float[][] p)
    {
        int top = hidden == 0 ? inputs : hidden;
        ReadOnlySpan<float> below = hidden == 0 ? x : activation.AsSpan(0, hidden);
        for (int l = 0; l < labels; l++)
        {
            float d = dScores[l];
            g[3][l] += d;
            var row = g[2].AsSpan(l * top, top);
            for (int j = 0; j < top; j++)
            {
                row[j] += d * below[j];
            }
        }

        if (hidden == 0)
        {
            return;
        }

        for (int h = 0; h < hidden; h++)
        {
            if (activation[h] <= 0)
            {
                dHidden[h] = 0;
                continue;
            }

            float sum = 0;
            for (int l = 0; l < labels; l++)
            {
                sum += p[2][(l * hidden) + h] * dScores[l];
            }

            dHidden[h] = sum;
        }

        for (int h = 0; h < hidden; h++)
        {
            float d = dHidden[h];
            if (d == 0)
            {
                continue;
            }

            g[1][h] += d;
            var row = g[0].AsSpan(h * inputs, inputs);
            for (int i = 0; i < inputs; i++)
            {
                row[i] += d * x[i];
            }
        }
    }

    private static void Adam(float[][] parameters, float[][] gradients, float[][] m, float[][] v, bool[] decay, int step, float rate, int batch)
    {
        float correction1 = 1 - MathF.Pow(Beta1, step);
        float correction2 = 1 - MathF.Pow(Beta2, step);
        for (int a = 0; a < parameters.Length; a++)
        {
            var p = parameters[a];
            var g = gradients[a];
            for (int i = 0; i < p.Length; i++)
            {
                float grad = (g[i] / batch) + (decay[a] ? L2 * p[i] : 0);
                m[a][i] = (Beta1 * m[a][i]) + ((1 - Beta1) * grad);
                v[a][i] = (Beta2 * v[a][i]) + ((1 - Beta2) * grad * grad);
                p[i] -= rate * (m[a][i] / correction1) / (MathF.Sqrt(v[a][i] / correction2) + Epsilon);
            }
        }
    }

    private (float[] Mean, float[] InverseStd) Standardisation(IReadOnlyList<(float[] Rows, int[] Labels, bool[] Skip)> sentences)
    {
        var sum = new double[inputs];
        var squares = new double[inputs];
        long count = 0;
        foreach (var (rows, gold, _) in sentences)
        {
            for (int t = 0; t < gold.Length; t++)
            {
                for (int i = 0; i < inputs; i++)
                {
                    double value = rows[(t * inputs) + i];
                    sum[i] += value;
                    squares[i] += value * value;
                }

                count++;
            }
        }

        var mean = new float[inputs];
        var inverse = new float[inputs];
        for (int i = 0; i < inputs; i++)
        {
            double mu = sum[i] / Math.Max(1, count);
            double variance = (squares[i] / Math.Max(1, count)) - (mu * mu);
            mean[i] = (float)mu;

            // A feature that never varies in training carries nothing; weight it zero rather than divide by ~0.
            inverse[i] = variance < 1e-8 ? 0 : (float)(1 / Math.Sqrt(variance));
        }

        return (mean, inverse);
    }

    private static float[] Gaussian(Random random, int count, float scale)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            double u1 = 1 - random.NextDouble();
            double u2 = random.NextDouble();
            values[i] = (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)) * scale;
        }

        return values;
    }
}
