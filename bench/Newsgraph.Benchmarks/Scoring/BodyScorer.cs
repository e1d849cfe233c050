namespace Newsgraph.Benchmarks.Scoring;

/// <summary>
/// The body metric of ../shared/bench/extraction/score.py, in C# so quality gates can run without
/// Python: 4-token shingles over runs of word characters, precision averaged over pages with a
/// non-empty prediction, recall over pages with a non-empty truth, F1 the harmonic mean of the two.
/// The bench runner prints score.py's own figure beside it as a cross-check.
/// </summary>
public static class BodyScorer
{
    private const int Shingle = 4;

    public static BodyScore Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predicted)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        var perPage = new Dictionary<string, (double? Precision, double? Recall)>();
        foreach (var (id, truthText) in truth)
        {
            var t = Shingles(Tokens(truthText));
            var p = Shingles(Tokens(predicted.GetValueOrDefault(id) ?? string.Empty));
            int nt = t.Values.Sum(), np = p.Values.Sum();
            int matched = t.Sum(kv => Math.Min(kv.Value, p.GetValueOrDefault(kv.Key)));
            double? precision = np > 0 ? (double)matched / np : null;
            double? recall = nt > 0 ? (double)matched / nt : null;
            if (precision is { } pr)
            {
                precisions.Add(pr);
            }

            if (recall is { } re)
            {
                recalls.Add(re);
            }

            perPage[id] = (precision, recall);
        }

        double P = precisions.Count > 0 ? precisions.Average() : 0, R = recalls.Count > 0 ? recalls.Average() : 0;
        return new BodyScore(P + R > 0 ? 2 * P * R / (P + R) : 0, P, R, perPage);
    }

    /// <summary>Runs of word characters, like Python's <c>\w+</c> on str (letters, numbers, underscore).</summary>
    public static string[] Tokens(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && IsWordChar(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return [.. tokens];
    }

    private static bool IsWordChar(char c) =>
        c == '_' || char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber;

    private static Dictionary<string, int> Shingles(string[] tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return counts;
        }

        if (tokens.Length < Shingle)
        {
            counts[string.Join('\u0001', tokens)] = 1;
            return counts;
        }

        for (int i = 0; i + Shingle <= tokens.Length; i++)
        {
            string key = string.Join('\u0001', tokens, i, Shingle);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}

public sealed record BodyScore(double F1, double Precision, double Recall, IReadOnlyDictionary<string, (double? Precision, double? Recall)> PerPage);
