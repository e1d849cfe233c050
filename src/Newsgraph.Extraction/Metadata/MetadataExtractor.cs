using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Metadata;

/// <summary>Resolves title, authors, dates, site, section, tags, language, URL and images.</summary>
internal sealed class MetadataExtractor
{
    private readonly int maxDepth;

    public MetadataExtractor(InputLimits? limits = null)
    {
        maxDepth = (limits ?? InputLimits.Default).MaxDepth;
    }

    /// <summary>Resolves metadata from a parsed page (its JSON-LD bodies were set aside while parsing).</summary>
    public PageMetadata Extract(HtmlTree dom, string? pageUrl, BodyResult body)
    {
        string html = dom.Source;
        var diagnostics = new List<Diagnostic>();
        var scan = PageScan.Of(dom, maxDepth);
        string? canonical = ImageResolver.Absolute(scan.CanonicalHref, pageUrl) ?? ImageResolver.Absolute(scan.First("og:url"), pageUrl);
        var ld = JsonLdReader.Read(dom.JsonLd, canonical ?? pageUrl);
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
