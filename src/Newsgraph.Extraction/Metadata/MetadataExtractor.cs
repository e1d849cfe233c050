using AngleSharp.Html.Dom;
using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Extraction.Metadata;

/// <summary>Resolves title, authors, dates, site, section, tags, language, URL and images.</summary>
internal sealed class MetadataExtractor
{
    private readonly int maxDepth;

    public MetadataExtractor(InputLimits? limits = null)
    {
        maxDepth = (limits ?? InputLimits.Default).MaxDepth;
    }

    /// <summary>Resolves metadata from a page parsed as it is (JSON-LD is looked for in <paramref name="html"/>).</summary>
    public PageMetadata Extract(IHtmlDocument dom, string html, string? pageUrl, BodyResult body) =>
        Extract(dom, html, null, pageUrl, body);

    /// <summary>Resolves metadata from a trimmed page (Html/PageTrimmer), whose JSON-LD bodies were set aside.</summary>
    public PageMetadata Extract(IHtmlDocument dom, PreparedPage page, string? pageUrl, BodyResult body) =>
        Extract(dom, page.Html, page.JsonLd, pageUrl, body);

    private PageMetadata Extract(IHtmlDocument dom, string html, IReadOnlyList<ReadOnlyMemory<char>>? jsonLd, string? pageUrl, BodyResult body)
    {
        var diagnostics = new List<Diagnostic>();
        var scan = PageScan.Of(dom, maxDepth);
        string? canonical = ImageResolver.Absolute(scan.CanonicalHref, pageUrl) ?? ImageResolver.Absolute(scan.First("og:url"), pageUrl);
        var ld = jsonLd is null ? JsonLdReader.Read(html, canonical ?? pageUrl) : JsonLdReader.Read(jsonLd, canonical ?? pageUrl);
        var siteNames = SiteResolver.Candidates(scan, ld, pageUrl);
        var siteWords = SiteResolver.Words(siteNames, pageUrl);
        var (title, titleOrder) = TitleResolver.Resolve(scan, ld, siteNames);
        if (title is null)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NoTitle, "The page gives no headline or title."));
        }

        if (scan.DepthLimited)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NestingTooDeep, $"Metadata was read down to {maxDepth} levels of nesting; deeper elements were ignored."));
        }

        var (authors, orgs) = AuthorResolver.Resolve(scan, ld, html, titleOrder, siteWords);
        var (published, modified) = DateResolver.Resolve(scan, ld, titleOrder, pageUrl);
        var info = new ArticleInfo
        {
            Title = title,
            Authors = authors,
            AuthorOrgs = orgs,
            Published = published,
            Modified = modified,
            Site = SiteResolver.Resolve(siteNames),
            Section = SectionResolver.Resolve(scan, ld, title, titleOrder),
            Tags = TagResolver.Resolve(scan, ld),
            CanonicalUrl = canonical ?? ImageResolver.Absolute(ld.Main.Url, pageUrl),
            Language = LanguageGuesser.Resolve(body.Text, title, scan, ld),
        };
        var images = ImageResolver.Resolve(scan, titleOrder, pageUrl);
        return new PageMetadata(info, images, diagnostics);
    }
}
