using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html;
using Newsgraph.Extraction.Metadata;

namespace Newsgraph.Extraction.Tests.Metadata;

/// <summary>Runs the metadata extractor over an inline page, as the extraction stage does.</summary>
internal static class MetadataFixture
{
    public static PageMetadata Extract(string html, string? url = "https://news.example.com/2019/11/18/story.html", string bodyText = "")
    {
        var dom = new HtmlPageParser().Parse(html, CancellationToken.None);
        var body = new BodyResult(bodyText, [], [], [], null, "test");
        return new MetadataExtractor().Extract(dom, url, body);
    }
}
