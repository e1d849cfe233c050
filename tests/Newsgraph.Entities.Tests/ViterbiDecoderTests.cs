using Newsgraph.Entities;

namespace Newsgraph.Entities.Tests;

public sealed class ViterbiDecoderTests
{
    /// <summary>Pseudo-random weights per (feature, label): any scorer the decoder must maximise exactly.</summary>
    private sealed class HashScorer(int salt, int labels = 21) : IRowScorer
    {
        public int Labels => labels;

        public void AddScores(ReadOnlySpan<uint> features, Span<float> scores)
        {
            foreach (uint feature in features)
            {
                for (int label = 0; label < scores.Length; label++)
                {
                    uint h = unchecked((feature ^ (uint)salt) * 2654435761u + ((uint)label * 40503u));
                    h ^= h >> 15;
                    scores[label] += ((h % 2001) - 1000) / 1000f;
                }
            }
        }
    }

    private static (string[] Tokens, TokenFeatures.Sentence Context) Prepare(string text)
    {
        var tokens = text.Split(' ');
        var context = new TokenFeatures.Sentence();
        new TokenFeatures(new Gazetteer([]), new WordClusters([])).Prepare(tokens, context);
        return (tokens, context);
    }

    private static float PathScore(IRowScorer scorer, string[] tokens, TokenFeatures.Sentence s, ReadOnlySpan<int> labels)
    {
        Span<uint> features = stackalloc uint[TokenFeatures.MaxPerToken];
        Span<float> scores = stackalloc float[BilouLabels.TaggerCount];
        float total = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int previous = i == 0 ? BilouLabels.Outside : labels[i - 1];
            scores.Clear();
            scorer.AddScores(features[..TokenFeatures.Static(tokens, s, i, features)], scores);
            scorer.AddScores(features[..TokenFeatures.PreviousLabel(s, i, previous, features)], scores);
            total += scores[labels[i]];
        }

        return total;
    }

    private static bool Valid(ReadOnlySpan<int> labels)
    {
        int previous = BilouLabels.Outside;
        foreach (int label in labels)
        {
            if (!BilouLabels.IsAllowed(previous, label))
            {
                return false;
            }

            previous = label;
        }

        return BilouLabels.CanEnd(previous);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Finds_the_best_valid_path_of_every_path(int salt)
    {
        var (tokens, context) = Prepare("Kim met Putin");
        var scorer = new HashScorer(salt);
        var labels = new int[3];
        Assert.True(ViterbiDecoder.Decode(scorer, tokens, context, labels, []));
        Assert.True(Valid(labels));

        float best = float.NegativeInfinity;
        var path = new int[3];
        int n = BilouLabels.TaggerCount;
        for (int a = 0; a < n * n * n; a++)
        {
            (path[0], path[1], path[2]) = (a % n, a / n % n, a / (n * n));
            if (Valid(path))
            {
                best = Math.Max(best, PathScore(scorer, tokens, context, path));
            }
        }

        Assert.Equal(best, PathScore(scorer, tokens, context, labels), 3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_scorer_without_the_misc_kind_never_decodes_misc(int salt)
    {
        var (tokens, context) = Prepare("Kim met Putin at the Battle of Antietam in Maryland");
        var labels = new int[tokens.Length];
        Assert.True(ViterbiDecoder.Decode(new HashScorer(salt, BilouLabels.Count), tokens, context, labels, []));
        Assert.All(labels, l => Assert.True(l < BilouLabels.Count));
        Assert.True(Valid(labels));
    }

    [Fact]
    public void Forced_labels_are_kept_and_free_tokens_stay_valid()
    {
        var (tokens, context) = Prepare("the Democratic Party of Japan said");
        var forced = new[] { BilouLabels.Outside, ViterbiDecoder.Free, ViterbiDecoder.Free, ViterbiDecoder.Free, ViterbiDecoder.Free, BilouLabels.Outside };
        var labels = new int[tokens.Length];
        Assert.True(ViterbiDecoder.Decode(new HashScorer(7), tokens, context, labels, forced));
        Assert.Equal(BilouLabels.Outside, labels[0]);
        Assert.Equal(BilouLabels.Outside, labels[5]);
        Assert.True(Valid(labels));
    }

    [Fact]
    public void Contradictory_forced_labels_report_no_path()
    {
        var (tokens, context) = Prepare("New York");
        int begin = BilouLabels.Label(2, BilouLabels.Begin);
        var labels = new int[2];
        Assert.False(ViterbiDecoder.Decode(new HashScorer(1), tokens, context, labels, [begin, BilouLabels.Outside]));
    }
}
