using Newsgraph.Core.Report;
using Newsgraph.Corpus.Clustering;
using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Tests.Ingest;

public sealed class ArticleKeysTests
{
    private const string Text = "A magnitude 6.1 earthquake struck Qeshm island on Sunday. Iranian officials said Qeshm was hit hard.";

    [Fact]
    public void An_analysed_page_is_keyed_like_a_jsonl_article_of_the_same_text()
    {
        // the entities stage's names cluster ECB+ far worse than the capitalised-name keys
        // (docs/clustering.md, "the product path"), and one article must get one feature set
        // whichever way it arrives
        var analysed = Report([new ReportEntity { Id = "e1", Type = "LOC", Name = "Qeshm" }]);
        var preExtracted = Report([]);

        var expected = new CapitalisedNameKeys().Extract("Quake hits Qeshm", Text);
        Assert.Equal(expected, new ArticleKeys().Of(analysed));
        Assert.Equal(expected, new ArticleKeys().Of(preExtracted));
        Assert.Contains("n:6.1", expected); // figures tell same-kind events apart; entity names have none
    }

    private static AnalysisReport Report(IReadOnlyList<ReportEntity> entities) => new()
    {
        Source = new ReportSource("test:1", "text/html", Text.Length, new string('0', 64)),
        Article = new ReportArticle { Title = "Quake hits Qeshm", Text = Text },
        Entities = entities,
        Pipeline = new ReportPipeline("test", []),
    };
}
