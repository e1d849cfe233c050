using Newsgraph.Extraction.Content;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Extraction.Tests.Content;

/// <summary>Parses hand-written markup and runs the body extractor on it.</summary>
internal static class BodyFixture
{
    /// <summary>A paragraph long enough to count as prose (about 200 characters, with commas).</summary>
    public static string Prose(string topic) =>
        $"The council debated the {topic} plan for three hours on Tuesday, and members said the vote, " +
        $"expected next month, would decide how the {topic} budget is spent, who oversees it, and when work begins.";

    public static BodyResult Extract(string html, string? pageUrl = null)
    {
        var parser = new HtmlPageParser();
        var dom = parser.Parse(html, CancellationToken.None);
        return new BodyExtractor().Extract(dom, CancellationToken.None, pageUrl);
    }

    public static string Page(string body) => $"<!doctype html><html><head><title>T</title></head><body>{body}</body></html>";
}
