using Newsgraph.Entities;
using Newsgraph.Training;

namespace Newsgraph.Entities.Tests;

public sealed class PerceptronTrainerTests
{
    private static NerSentence Sentence(string text, params TaggedEntity[] entities)
    {
        string[] tokens = text.Split(' ');
        return new NerSentence("test", "doc", tokens, [.. entities], new bool[tokens.Length]);
    }

    [Fact]
    public void After_epoch_callback_sees_every_epoch_and_the_averaged_weights_so_far_tag_the_training_text()
    {
        NerSentence[] sentences =
        [
            Sentence("Maria Lopez visited Lima on Monday", new TaggedEntity(0, 2, EntityKind.Person), new TaggedEntity(3, 4, EntityKind.Loc)),
            Sentence("the bank said on Friday"),
        ];
        var gazetteer = new Gazetteer([]);
        var clusters = new WordClusters([]);
        var trainer = new PerceptronTrainer(gazetteer, clusters);
        var seen = new List<int>();
        IReadOnlyList<TaggedEntity> afterLast = [];
        trainer.Train(sentences, 3, seed: 7, _ => { }, epoch =>
        {
            seen.Add(epoch);
            var tagger = new FastEntityTagger(NerModel.Quantise(trainer.AveragedRows(), gazetteer, clusters, trainer.Labels));
            afterLast = tagger.Tag(sentences[0].Tokens);
        });

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(sentences[0].Entities, afterLast);
    }

    [Fact]
    public void Passive_aggressive_updates_learn_the_training_text()
    {
        NerSentence[] sentences =
        [
            Sentence("Maria Lopez visited Lima on Monday", new TaggedEntity(0, 2, EntityKind.Person), new TaggedEntity(3, 4, EntityKind.Loc)),
            Sentence("the bank said on Friday"),
        ];
        var gazetteer = new Gazetteer([]);
        var clusters = new WordClusters([]);
        var trainer = new PerceptronTrainer(gazetteer, clusters, passiveAggressive: true, passiveAggressiveCap: 0.5f);
        trainer.Train(sentences, 3, seed: 7, _ => { });
        var rows = trainer.AveragedRows();
        var tagger = new FastEntityTagger(NerModel.Quantise(rows, gazetteer, clusters, trainer.Labels));

        Assert.Equal(sentences[0].Entities, tagger.Tag(sentences[0].Tokens));
        Assert.Empty(tagger.Tag(sentences[1].Tokens));
    }
}
