using Newsgraph.Entities;
using Newsgraph.Training;

namespace Newsgraph.Entities.Tests;

public sealed class WordClusterBuilderTests
{
    private static List<string[]> Text()
    {
        string[] cities = ["Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Dakar"];
        string[] people = ["Okafor", "Silva", "Berg", "Nguyen", "Mora", "Diallo"];
        var sentences = new List<string[]>();
        for (int repeat = 0; repeat < 5; repeat++)
        {
            foreach (string city in cities)
            {
                sentences.Add(["Officials", "flew", "to", city, "on", "Monday", "."]);
                sentences.Add(["Protests", "spread", "in", city, "overnight", "."]);
            }

            foreach (string person in people)
            {
                sentences.Add(["Minister", person, "said", "the", "plan", "would", "work", "."]);
                sentences.Add(["Mr", person, "told", "reporters", "he", "agreed", "."]);
            }
        }

        return sentences;
    }

    private static (int Coarse, int Fine) ClassOf(WordClusters clusters, string word) => clusters.Of(FeatureHash.OfLower(word));

    [Fact]
    public void Words_seen_in_the_same_contexts_share_a_class()
    {
        var clusters = WordClusterBuilder.Build(Text(), seed: 7, _ => { }, fineClasses: 6, coarseClasses: 3);

        Assert.Equal(ClassOf(clusters, "Lagos").Coarse, ClassOf(clusters, "Dakar").Coarse);
        Assert.Equal(ClassOf(clusters, "Okafor").Coarse, ClassOf(clusters, "Diallo").Coarse);
        Assert.NotEqual(WordClusters.Unknown, ClassOf(clusters, "lima").Fine);
    }

    [Fact]
    public void Unseen_words_get_the_unknown_class()
    {
        var clusters = WordClusterBuilder.Build(Text(), seed: 7, _ => { }, fineClasses: 6, coarseClasses: 3);

        Assert.Equal((WordClusters.Unknown, WordClusters.Unknown), ClassOf(clusters, "Reykjavik"));
    }

    [Fact]
    public void Same_seed_gives_the_same_classes()
    {
        var first = WordClusterBuilder.Build(Text(), seed: 3, _ => { }, fineClasses: 6, coarseClasses: 3);
        var second = WordClusterBuilder.Build(Text(), seed: 3, _ => { }, fineClasses: 6, coarseClasses: 3);

        Assert.Equal(first.Keys.ToArray(), second.Keys.ToArray());
        Assert.Equal(first.Packed.ToArray(), second.Packed.ToArray());
    }
}
