using Newsgraph.Training;

namespace Newsgraph.Entities.Tests;

public sealed class NerCorporaTests
{
    [Fact]
    public void Conllu_newdoc_comment_starts_a_new_document()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# newdoc id = a\n# sent_id = a-1\n1\tParis\tB-LOC\n\n# sent_id = a-2\n1\tHi\tO\n\n# newdoc id = b\n1\tBob\tB-PER\n\n");
            var sentences = NerCorpora.ReadConll("uner", path, 1, 2, '\t', CorpusTagMap.Conll);
            Assert.Equal(3, sentences.Count);
            Assert.Equal(sentences[0].Document, sentences[1].Document);
            Assert.NotEqual(sentences[1].Document, sentences[2].Document);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Separate_documents_give_every_sentence_its_own()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Paris\tB-location\n\nBob\tB-person\n\n");
            var sentences = NerCorpora.AsSeparateDocuments(NerCorpora.ReadConll("crossner", path, 0, 1, '\t', CorpusTagMap.CrossNer));
            Assert.Equal(2, sentences.Select(s => s.Document).Distinct().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Misc_election_and_event_spans_are_the_misc_kind_not_unknown()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "the\tO\nUnited\tB-election\nKingdom\tI-election\nelection\tI-election\nin\tO\nParis\tB-location\nwas\tO\nBayCon\tB-misc\n\n");
            var sentence = Assert.Single(NerCorpora.ReadConll("crossner", path, 0, 1, '\t', CorpusTagMap.CrossNer));

            Assert.Equal([new MiscSpan(1, 4, false), new MiscSpan(7, 8, true)], sentence.Misc);
            Assert.Equal([new TaggedEntity(5, 6, EntityKind.Loc)], sentence.Entities);
            Assert.DoesNotContain(true, sentence.Unknown);
            int[] gold = PerceptronTrainer.GoldLabels(sentence);
            int misc = BilouLabels.MiscKindIndex;
            Assert.Equal(
                [BilouLabels.Outside, BilouLabels.Label(misc, BilouLabels.Begin), BilouLabels.Label(misc, BilouLabels.Inside), BilouLabels.Label(misc, BilouLabels.Last),
                 BilouLabels.Outside, BilouLabels.Label(2, BilouLabels.Unit), BilouLabels.Outside, BilouLabels.Label(misc, BilouLabels.Unit)],
                gold);

            // Without the MISC kind (the default): misc unknown, the election O, as before the kind existed.
            var before = sentence.WithoutMisc();
            Assert.Empty(before.Misc);
            Assert.Equal([false, false, false, false, false, false, false, true], before.Unknown);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Misc_labels_are_no_entity_and_outside_for_the_accurate_head()
    {
        int misc = BilouLabels.MiscKindIndex;
        int[] labels = [BilouLabels.Label(misc, BilouLabels.Begin), BilouLabels.Label(misc, BilouLabels.Last), BilouLabels.Label(0, BilouLabels.Unit), BilouLabels.Label(misc, BilouLabels.Unit)];

        Assert.Equal([new TaggedEntity(2, 3, EntityKind.Person)], FastEntityTagger.ToEntities(labels));
        Assert.Equal([BilouLabels.Outside, BilouLabels.Outside, labels[2], BilouLabels.Outside], labels.Select(BilouLabels.ForHead));
        Assert.All(labels, l => Assert.True(BilouLabels.ForHead(l) < BilouLabels.Count));
    }
}
