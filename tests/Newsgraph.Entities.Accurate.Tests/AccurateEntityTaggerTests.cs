using Newsgraph.Entities.Accurate;
using Newsgraph.TestSupport;
using Newsgraph.Training;

namespace Newsgraph.Entities.Accurate.Tests;

/// <summary>The committed head over the packaged MiniLM (loaded once for the class: ~1 s and ~90 MB).</summary>
public sealed class AccurateEntityTaggerTests : IClassFixture<AccurateEntityTaggerTests.Loaded>
{
    /// <summary>PER/ORG/LOC F1 of the committed head on the first <see cref="GumSentences"/> GUM dev sentences
    /// (see docs/models/ner-accurate.md); the floor leaves 0.02 for float differences across machines.</summary>
    private const double MeasuredGumDevF1 = 0.610;

    private const int GumSentences = 150;

    private readonly AccurateEntityTagger _tagger;

    public AccurateEntityTaggerTests(Loaded loaded) => _tagger = loaded.Tagger;

    public sealed class Loaded : IDisposable
    {
        public AccurateEntityTagger Tagger { get; } = AccurateEntityTagger.LoadEmbedded();

        public void Dispose() => Tagger.Dispose();
    }

    [Fact]
    public void The_embedded_head_tags_a_news_sentence()
    {
        string[] tokens = ["White", "House", "spokesman", "John", "Kirby", "said", "Russia", "is", "buying", "weapons", "from", "North", "Korea", "."];
        var entities = _tagger.Tag(tokens);
        Assert.Contains(new TaggedEntity(3, 5, EntityKind.Person), entities);
        Assert.Contains(new TaggedEntity(6, 7, EntityKind.Loc), entities);
        Assert.Contains(new TaggedEntity(11, 13, EntityKind.Loc), entities);
        Assert.Equal("ner-accurate-v1", _tagger.ModelName);
    }

    [Fact]
    public void Empty_sentences_and_batches_give_nothing()
    {
        Assert.Empty(_tagger.Tag([]));
        var many = _tagger.TagMany([[], ["Putin", "spoke", "."], []]);
        Assert.Equal(3, many.Count);
        Assert.Empty(many[0]);
        Assert.Empty(many[2]);
    }

    [Fact]
    public void A_long_unpunctuated_sentence_with_odd_tokens_is_windowed_and_tagged_whole()
    {
        // 3,000 tokens: many windows (the ONNX model's own limit is 512 pieces); mixed scripts,
        // control characters, a lone surrogate and a 100 KB token inside.
        string[] words = ["putin", "met", "kim", "in", "vladivostok", "and", "the", "\u0000", "北朝鮮", "\uD800", "\u202Eabc", new string('x', 100_000)];
        var tokens = Enumerable.Range(0, 3000).Select(i => words[i % words.Length]).ToArray();
        var entities = _tagger.Tag(tokens);
        Assert.All(entities, e => Assert.True(e.Start >= 0 && e.End <= tokens.Length && e.Start < e.End));
    }

    [Fact]
    public void The_entity_stage_runs_over_the_accurate_tagger_with_the_same_output_contract()
    {
        var stage = new EntityStage(_tagger);
        Assert.Equal("ner-accurate-v1", stage.Info.Model);
    }

    [Fact]
    public void Held_out_gum_dev_meets_floor()
    {
        if (RepoPaths.Shared is null)
        {
            Console.WriteLine("SKIPPED: ../shared is absent: held-out quality gate not run");
            return;
        }

        var sentences = GumCorpus.Read(Path.Combine(RepoPaths.Shared, "data", "ner_gum", "dev", "dep")).Take(GumSentences).ToList();
        var scores = NerScores.Evaluate(_tagger, sentences, scoreNorp: false);
        double f1 = scores.Of(NerScores.HeadlineKinds).F1;
        Assert.True(f1 >= MeasuredGumDevF1 - 0.02, $"F1 {f1:0.000} < {MeasuredGumDevF1 - 0.02}");
    }
}
