using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html;
using Newsgraph.Extraction.Input;
using Newsgraph.Extraction.Metadata;
using Newsgraph.Extraction.Text;

namespace Newsgraph.Extraction;

/// <summary>
/// The reader stage (<c>extraction.v1</c>): decodes raw input, finds the article body and its
/// metadata in HTML, or segments a plain-text page, and creates the <see cref="Document"/>.
/// An instance is not thread-safe (it reuses its parser); use one per thread.
/// </summary>
public sealed class ExtractionStage : IReaderStage
{
    private readonly InputDecoder decoder = new();
    private readonly HtmlPageParser parser;
    private readonly BodyExtractor bodyExtractor;
    private readonly MetadataExtractor metadataExtractor;
    private readonly PlainTextSegmenter textSegmenter = new();

    public ExtractionStage(InputLimits? limits = null)
    {
        Limits = limits ?? InputLimits.Default;
        parser = new HtmlPageParser(Limits.MaxDepth);
        bodyExtractor = new BodyExtractor(Limits);
        metadataExtractor = new MetadataExtractor(Limits);
    }

    public InputLimits Limits { get; }

    public StageInfo Info { get; } = new("extraction.v1");

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Produces { get; } =
        [ArticleLayers.Info.Name, ArticleLayers.Blocks.Name, ArticleLayers.Links.Name, ArticleLayers.Images.Name];

    public Document Read(RawInput input, CancellationToken cancellationToken)
    {
        var decoded = decoder.Decode(input, Limits);
        var source = new SourceInfo(input.Uri, decoded.ContentType, decoded.Bytes, decoded.Sha256);
        if (decoded.Text is null)
        {
            var failed = new Document(string.Empty, source);
            AddDiagnostics(failed, decoded.Diagnostics);
            return failed;
        }

        return decoded.Kind == InputKind.Html
            ? ReadHtml(input, decoded, source, cancellationToken)
            : ReadText(input, decoded, source);
    }

    private Document ReadHtml(RawInput input, DecodedInput decoded, SourceInfo source, CancellationToken cancellationToken)
    {
        var dom = parser.Parse(decoded.Text!, cancellationToken);
        string? pageUrl = input.PageUrl ?? HttpUrlOrNull(input.Uri);
        var body = bodyExtractor.Extract(dom, cancellationToken, pageUrl);
        var meta = metadataExtractor.Extract(dom, pageUrl, body);
        var document = new Document(body.Text, source, new SourceMap(body.Segments));
        AddDiagnostics(document, decoded.Diagnostics);
        if (dom.BlankedTags > 0)
        {
            document.AddDiagnostic(Diagnostic.Warning(DiagnosticCodes.NestingTooDeep,
                $"The page nests elements deeper than {Limits.MaxDepth} levels (InputLimits.MaxDepth); {dom.BlankedTags:N0} tag(s) past that depth were ignored and their content flattened."));
        }

        AddDiagnostics(document, meta.Diagnostics);
        if (body.Text.Length == 0)
        {
            document.AddDiagnostic(Diagnostic.Warning(DiagnosticCodes.NoArticle, "No article body was found on this page."));
        }

        document.Add(ArticleLayers.Info, WithFallbackDate(meta.Info, input));
        document.Add(ArticleLayers.Blocks, body.Blocks);
        document.Add(ArticleLayers.Links, body.Links);
        document.Add(ArticleLayers.Images, meta.Images);
        return document;
    }

    private Document ReadText(RawInput input, DecodedInput decoded, SourceInfo source)
    {
        var article = textSegmenter.Segment(decoded.Text!);
        var document = new Document(article.Body, source, new SourceMap(article.Segments));
        AddDiagnostics(document, decoded.Diagnostics);
        if (article.Body.Length == 0)
        {
            document.AddDiagnostic(Diagnostic.Warning(DiagnosticCodes.NoArticle, "No article body was found in this text."));
        }

        document.Add(ArticleLayers.Info, WithFallbackDate(article.Info, input));
        document.Add(ArticleLayers.Blocks, article.Blocks);
        document.Add(ArticleLayers.Links, (IReadOnlyList<Link>)[]);
        document.Add(ArticleLayers.Images, article.Images);
        return document;
    }

    private static ArticleInfo WithFallbackDate(ArticleInfo info, RawInput input) =>
        info.Published is null && input.PublishedFallback is { } date
            ? info with { Published = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }
            : info;

    private static string? HttpUrlOrNull(string uri) =>
        uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? uri : null;

    private static void AddDiagnostics(Document document, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            document.AddDiagnostic(d);
        }
    }
}
