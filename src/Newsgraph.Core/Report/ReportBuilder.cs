using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;

namespace Newsgraph.Core.Report;

/// <summary>Turns an analysed <see cref="Document"/> into the report v1 object.</summary>
public static class ReportBuilder
{
    public static AnalysisReport Build(Document document, IReadOnlyList<Pipeline.StageInfo> stages)
    {
        var info = document.GetOrDefault(ArticleLayers.Info) ?? new ArticleInfo();
        var blocks = document.GetOrDefault(ArticleLayers.Blocks) ?? [];
        var links = document.GetOrDefault(ArticleLayers.Links) ?? [];
        var images = document.GetOrDefault(ArticleLayers.Images) ?? [];

        return new AnalysisReport
        {
            Source = new ReportSource(document.Source.Uri, document.Source.ContentType, document.Source.Bytes, document.Source.Sha256),
            Article = new ReportArticle
            {
                Title = info.Title,
                Authors = [.. info.Authors.Select(a => new ReportAuthor(a.Name, a.Bio))],
                AuthorOrgs = info.AuthorOrgs,
                Published = info.Published,
                Modified = info.Modified,
                Site = info.Site,
                Section = info.Section,
                Tags = info.Tags,
                Language = info.Language,
                CanonicalUrl = info.CanonicalUrl,
                Text = document.Text,
                Blocks = [.. blocks.Select(b => new ReportBlock(BlockKindName(b.Kind), b.Start, b.End))],
                Images = [.. images.Select(i => new ReportImage(i.Url, i.Caption, i.Credit, i.Alt))],
                Links = [.. links.Select(l => new ReportLink(l.Start, l.End, l.Href))],
            },
            Entities = KnowledgeMapping.Entities(document),
            Times = KnowledgeMapping.Times(document),
            Quotes = KnowledgeMapping.Quotes(document),
            Claims = KnowledgeMapping.Claims(document),
            Events = KnowledgeMapping.Events(document),
            Diagnostics = [.. document.Diagnostics.Select(d => new ReportDiagnostic(d.Code, SeverityName(d.Severity), d.Message))],
            Pipeline = new ReportPipeline(Pipeline.Pipeline.Version, [.. stages.Select(s => new ReportStage(s.Id, s.Model))]),
        };
    }

    public static string BlockKindName(BlockKind kind) => kind switch
    {
        BlockKind.Paragraph => "paragraph",
        BlockKind.Heading => "heading",
        BlockKind.ListItem => "listItem",
        BlockKind.Blockquote => "blockquote",
        BlockKind.Table => "table",
        BlockKind.Preformatted => "preformatted",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
