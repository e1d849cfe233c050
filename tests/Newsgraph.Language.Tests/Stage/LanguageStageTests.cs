using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Language.Tests.Stage;

public sealed class LanguageStageTests
{
    private static Document Article(string text, string? language = null, IReadOnlyList<Block>? blocks = null)
    {
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, ""));
        document.Add(ArticleLayers.Info, new ArticleInfo { Language = language });
        if (blocks is not null)
        {
            document.Add(ArticleLayers.Blocks, blocks);
        }

        return document;
    }

    [Fact]
    public void Writes_tokens_sentences_and_the_language_of_an_English_article()
    {
        var document = Article("Kim will travel to Russia. He will meet Putin.", "en");

        new LanguageStage().Run(document, CancellationToken.None);

        Assert.Equal(11, document.Get(LanguageLayers.Tokens).Length);
        Assert.Equal(2, document.Get(LanguageLayers.Sentences).Length);
        Assert.True(document.Get(LanguageLayers.Detected).IsEnglish);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Leaves_layers_empty_and_says_why_for_an_article_declared_in_another_language()
    {
        var document = Article("Kim will travel to Russia. He will meet Putin.", "de");

        new LanguageStage().Run(document, CancellationToken.None);

        Assert.Empty(document.Get(LanguageLayers.Tokens));
        Assert.Empty(document.Get(LanguageLayers.Sentences));
        Assert.Equal(new DetectedLanguage("de", false, LanguageEvidence.Metadata), document.Get(LanguageLayers.Detected));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotEnglish, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(document.HasErrors);
    }

    [Fact]
    public void Leaves_layers_empty_for_text_that_is_not_English()
    {
        const string french =
            "Le président russe a reçu mardi son homologue nord-coréen dans le cadre d'une visite officielle qui doit " +
            "durer plusieurs jours, selon les médias d'État. Les deux dirigeants doivent discuter de coopération " +
            "militaire et de l'aide alimentaire, ont indiqué des responsables sous couvert d'anonymat, sans préciser " +
            "le calendrier exact des entretiens prévus dans la ville portuaire.";
        var document = Article(french);

        new LanguageStage().Run(document, CancellationToken.None);

        Assert.Empty(document.Get(LanguageLayers.Tokens));
        Assert.Equal(DiagnosticCodes.NotEnglish, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Keeps_sentences_inside_the_article_blocks()
    {
        const string text = "A headline\n\nThe first paragraph";
        var document = Article(text, "en", [new Block(BlockKind.Heading, 0, 10), new Block(BlockKind.Paragraph, 12, text.Length)]);

        new LanguageStage().Run(document, CancellationToken.None);

        Assert.Equal(["A headline", "The first paragraph"], document.Get(LanguageLayers.Sentences).Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Runs_in_a_pipeline_after_a_reader_that_produces_article_info()
    {
        var pipeline = new PipelineBuilder().ReadWith(new InfoReader(produces: true)).Then(new LanguageStage()).Build();

        var document = pipeline.Run(new RawInput("stdin:", "He left. She stayed."u8.ToArray()));

        Assert.Equal(["reader.v1", "language.v1"], pipeline.Stages.Select(s => s.Id));
        Assert.Equal(2, document.Get(LanguageLayers.Sentences).Length);
    }

    [Fact]
    public void Is_refused_by_the_pipeline_builder_without_article_info()
    {
        var builder = new PipelineBuilder().ReadWith(new InfoReader(produces: false)).Then(new LanguageStage());

        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("article.info", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declares_its_contract()
    {
        var stage = new LanguageStage();

        Assert.Equal("language.v1", stage.Info.Id);
        Assert.Equal(["article.info"], stage.Requires);
        Assert.Equal(["language.tokens", "language.sentences", "language.detected"], stage.Produces);
    }

    /// <summary>A reader that turns UTF-8 bytes into a document and, when asked to, declares and writes article.info.</summary>
    private sealed class InfoReader(bool produces) : IReaderStage
    {
        public StageInfo Info { get; } = new("reader.v1");

        public IReadOnlyList<string> Requires { get; } = [];

        public IReadOnlyList<string> Produces { get; } = produces ? [ArticleLayers.Info.Name] : [];

        public Document Read(RawInput input, CancellationToken cancellationToken)
        {
            var text = System.Text.Encoding.UTF8.GetString(input.Bytes.Span);
            var document = new Document(text, new SourceInfo(input.Uri, "text/plain", input.Bytes.Length, ""));
            if (produces)
            {
                document.Add(ArticleLayers.Info, new ArticleInfo { Language = "en" });
            }

            return document;
        }
    }
}
