using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Language;

namespace Newsgraph.Quotes.Tests;

/// <summary>Runs the language and quotes stages over a text whose paragraphs are separated by blank lines.</summary>
internal sealed class Analyzed
{
    private Analyzed(Document document)
    {
        Document = document;
        Quotes = document.Get(QuoteLayers.Quotes);
        Claims = document.Get(QuoteLayers.Claims);
    }

    public Document Document { get; }

    public ImmutableArray<Quote> Quotes { get; }

    public ImmutableArray<Claim> Claims { get; }

    public static Analyzed Text(string text, ImmutableArray<Entity>? entities = null, string language = "en", string? site = null, string? published = null)
    {
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, ""));
        document.Add(ArticleLayers.Info, new ArticleInfo { Language = language, Site = site, Published = published });
        document.Add(ArticleLayers.Blocks, Paragraphs(text));
        new LanguageStage().Run(document, CancellationToken.None);
        if (entities is { } e)
        {
            document.Add(EntityLayers.Entities, e);
        }

        new QuoteStage().Run(document, CancellationToken.None);
        return new Analyzed(document);
    }

    /// <summary>Runs the real entity stage between language and quotes, as the default pipeline does.</summary>
    public static Analyzed WithEntityStage(string text, string? published = null)
    {
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, ""));
        document.Add(ArticleLayers.Info, new ArticleInfo { Language = "en", Published = published });
        document.Add(ArticleLayers.Blocks, Paragraphs(text));
        new LanguageStage().Run(document, CancellationToken.None);
        new Newsgraph.Entities.EntityStage().Run(document, CancellationToken.None);
        new QuoteStage().Run(document, CancellationToken.None);
        return new Analyzed(document);
    }

    public Entity? EntityOf(string? id) =>
        id is null ? null : Document.Get(EntityLayers.Entities).Single(e => e.Id == id);

    public string TextOf(Quote quote) => Document.Text[quote.Start..quote.End];

    public string TextOf(Claim claim) => Document.Text[claim.Start..claim.End];

    /// <summary>The quote whose text starts with <paramref name="start"/>.</summary>
    public Quote Quote(string start) => Assert.Single(Quotes, q => TextOf(q).StartsWith(start, StringComparison.Ordinal));

    public Claim Claim(string start) => Assert.Single(Claims, c => TextOf(c).StartsWith(start, StringComparison.Ordinal));

    private static List<Block> Paragraphs(string text)
    {
        var blocks = new List<Block>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                blocks.Add(new Block(BlockKind.Paragraph, start, end));
            }

            start = end + 2;
        }

        return blocks;
    }
}
