using Newsgraph.Entities;

namespace Newsgraph.Entities.Tests;

public sealed class TokenFeaturesTests
{
    private static TokenFeatures.Sentence Prepare(string sentence)
    {
        var features = new TokenFeatures(new Gazetteer([]), new WordClusters([]));
        var context = new TokenFeatures.Sentence();
        features.Prepare(sentence.Split(' '), context);
        return context;
    }

    [Fact]
    public void Every_word_of_a_long_name_sees_its_head_through_of_and_for()
    {
        var s = Prepare("the Alliance of Liberals and Democrats for Europe Party said");
        ulong party = FeatureHash.OfLower("Party");
        Assert.All([1, 3, 5, 7, 8], i => Assert.Equal(party, s.LongRunLast[i]));
        Assert.Equal(FeatureHash.OfLower("Alliance"), s.RunLast[1]);
        Assert.Equal(0UL, s.LongRunLast[0]);
        Assert.Equal(0UL, s.RunLast[9]);
    }

    [Fact]
    public void Run_shape_tells_position_and_length_and_is_zero_outside_a_run()
    {
        var s = Prepare("he met John Kirby and Biden");
        Assert.Equal(0, s.RunShape[0]);
        Assert.NotEqual(s.RunShape[2], s.RunShape[3]);
        Assert.NotEqual(s.RunShape[2], s.RunShape[5]);
        Assert.NotEqual(0, s.RunShape[5]);
    }

    [Fact]
    public void Every_word_of_a_run_knows_where_the_run_starts_and_ends()
    {
        var s = Prepare("officials told White House spokesman John F. Kirby on Monday");
        Assert.All([2, 3], i => Assert.Equal((2, 3), (s.RunStart[i], s.RunEnd[i])));
        Assert.All([5, 6, 7], i => Assert.Equal((5, 7), (s.RunStart[i], s.RunEnd[i])));
        Assert.Equal((9, 9), (s.RunStart[9], s.RunEnd[9]));
    }

    [Fact]
    public void A_long_capitalised_run_is_marked_in_linear_time()
    {
        var tokens = Enumerable.Repeat("Kirby", 200_000).ToArray();
        var context = new TokenFeatures.Sentence();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        new TokenFeatures(new Gazetteer([]), new WordClusters([])).Prepare(tokens, context);
        Assert.Equal((0, tokens.Length - 1), (context.RunStart[12_345], context.RunEnd[12_345]));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
