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
}
