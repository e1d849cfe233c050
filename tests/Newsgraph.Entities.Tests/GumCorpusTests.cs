using Newsgraph.Entities;
using Newsgraph.Training;

namespace Newsgraph.Entities.Tests;

public sealed class GumCorpusTests
{
    // Our own sentence in GUM's CoNLL-U entity notation: a nominal mention ("the minister"), a person
    // with title and determiner, an organisation with an appositive place, and an event name.
    private const string Conllu = """
        # sent_id = t-1
        1	The	the	DET	DT	_	2	det	_	Entity=(1-person-new-x-cf1-1-sgl
        2	minister	minister	NOUN	NN	_	9	nsubj	_	Entity=1)
        3	met	meet	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	7	det	_	Entity=(2-person-new-x-cf1-1-sgl
        5	former	former	ADJ	JJ	_	7	amod	_	_
        6	President	President	PROPN	NNP	_	7	compound	_	_
        7	Obama	Obama	PROPN	NNP	_	3	obj	_	Entity=2)
        8	at	at	ADP	IN	_	9	case	_	_
        9	Durham	Durham	PROPN	NNP	_	3	obl	_	Entity=(3-organization-new-x-cf1-1-sgl(4-place-new-x-cf1-1-sgl)
        10	University	University	PROPN	NNP	_	9	flat	_	_
        11	,	,	PUNCT	,	_	12	punct	_	_
        12	England	England	PROPN	NNP	_	9	appos	_	Entity=(5-place-new-x-cf1-1-sgl)3)
        13	after	after	ADP	IN	_	15	case	_	_
        14	the	the	DET	DT	_	15	det	_	Entity=(6-event-new-x-cf1-1-sgl
        15	Olympics	Olympics	PROPN	NNPS	_	3	obl	_	Entity=6)
        16	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static NerSentence ReadOne()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"gum-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "GUM_news_test.conllu"), Conllu.Replace("\r\n", "\n"));
            return Assert.Single(GumCorpus.Read(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Names(NerSentence sentence) =>
        [.. sentence.Entities.Select(e => $"{e.Kind}:{string.Join(' ', sentence.Tokens[e.Start..e.End])}")];

    [Fact]
    public void Keeps_proper_noun_mentions_cut_down_to_the_name()
    {
        var names = Names(ReadOne());

        Assert.Contains("Person:Obama", names);
        Assert.Contains("Org:Durham University", names);
        Assert.Contains("Loc:England", names);
    }

    [Fact]
    public void Nominal_mentions_and_names_inside_names_are_not_entities()
    {
        var names = Names(ReadOne());

        Assert.DoesNotContain(names, n => n.Contains("minister", StringComparison.Ordinal));
        Assert.DoesNotContain("Loc:Durham", names);
        Assert.Equal(3, names.Count);
    }

    [Fact]
    public void Proper_noun_mentions_of_other_types_are_misc()
    {
        var sentence = ReadOne();
        int olympics = Array.IndexOf(sentence.Tokens, "Olympics");

        Assert.False(sentence.Unknown[olympics]);
        Assert.Contains(sentence.Misc, m => m.Start <= olympics && olympics < m.End);
        Assert.DoesNotContain(sentence.Entities, e => e.Start <= olympics && olympics < e.End);
    }

    [Fact]
    public void Person_mention_that_is_only_a_title_is_left_unknown()
    {
        const string conllu = """
            # sent_id = t-2
            1	The	the	DET	DT	_	2	det	_	Entity=(1-person-new-x-cf1-1-sgl
            2	Secretary	Secretary	PROPN	NNP	_	3	nsubj	_	Entity=1)
            3	spoke	speak	VERB	VBD	_	0	root	_	_
            4	.	.	PUNCT	.	_	3	punct	_	_

            """;
        string folder = Path.Combine(Path.GetTempPath(), $"gum-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "GUM_news_title.conllu"), conllu.Replace("\r\n", "\n"));
            var sentence = Assert.Single(GumCorpus.Read(folder));

            Assert.Empty(sentence.Entities);
            Assert.True(sentence.Unknown[1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
