using Newsgraph.Entities.Accurate;

namespace Newsgraph.Entities.Accurate.Tests;

public sealed class TaggingHeadTests
{
    [Fact]
    public void Head_file_writes_and_reads_back_identical_weights()
    {
        var random = new Random(7);
        float[] Values(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)random.NextDouble())];
        var head = new TaggingHead(5, 3, 4, Values(5), Values(5), Values(15), Values(3), Values(12), Values(4));
        using var stream = new MemoryStream();
        head.Write(stream);
        stream.Position = 0;
        var read = TaggingHead.Read(stream);
        Assert.Equal((5, 3, 4), (read.Inputs, read.Hidden, read.Labels));
        Assert.Equal(head.W1, read.W1);
        Assert.Equal(head.W2, read.W2);
        Assert.Equal(head.Mean, read.Mean);
        Assert.Equal(head.B2, read.B2);
    }

    [Fact]
    public void A_file_that_is_not_a_head_is_refused_with_a_clear_error()
    {
        using var stream = new MemoryStream("NGNER\u0003 something else"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => TaggingHead.Read(stream));
    }

    [Fact]
    public void Viterbi_never_leaves_an_entity_open_or_continues_one_it_did_not_begin()
    {
        int labels = BilouLabels.Count;
        int tokens = 6;
        var random = new Random(3);
        for (int trial = 0; trial < 200; trial++)
        {
            var scores = new float[tokens * labels];
            for (int i = 0; i < scores.Length; i++)
            {
                scores[i] = (float)Math.Log(random.NextDouble() + 1e-9);
            }

            var best = new int[tokens];
            BilouViterbi.Decode(scores, tokens, labels, best);
            int previous = BilouLabels.Outside;
            foreach (int label in best)
            {
                Assert.True(BilouLabels.IsAllowed(previous, label));
                previous = label;
            }

            Assert.True(BilouLabels.CanEnd(previous));
        }
    }

    [Fact]
    public void Viterbi_prefers_a_whole_entity_over_the_locally_best_broken_one()
    {
        int labels = BilouLabels.Count;
        var scores = Enumerable.Repeat(-10f, 2 * labels).ToArray();
        int begin = BilouLabels.Label(0, BilouLabels.Begin);
        int last = BilouLabels.Label(0, BilouLabels.Last);

        // Token 0 looks like the begin of a person, token 1 slightly more like "outside" than "last".
        scores[begin] = -0.1f;
        scores[labels + BilouLabels.Outside] = -0.5f;
        scores[labels + last] = -0.6f;
        var best = new int[2];
        BilouViterbi.Decode(scores, 2, labels, best);
        Assert.Equal([begin, last], best);
    }
}
