using System.Text;
using System.Xml;

namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>
/// Reads RSS 2.0 / RSS 1.0 (RDF), Atom, sitemaps, Google News sitemaps and sitemap indexes with
/// one streaming XmlReader. DTDs are ignored, never processed, and no resolver is set: no entity
/// expansion (billion laughs ends in an undeclared-entity error) and no external fetches (XXE).
/// Ignoring rather than prohibiting DTDs keeps old RSS 0.91 feeds that carry a DOCTYPE readable.
/// </summary>
internal sealed class XmlListingReader(ListingLimits limits)
{
    /// <summary>Longest URL kept; browsers and crawlers stop near 8 KB, longer is junk.</summary>
    private const int MaxUrlChars = 8 * 1024;

    private const string NewsNamespaceMark = "sitemap-news";

    public Listing Read(ReadOnlyMemory<byte> body, ListingKind kind, Uri? baseUri)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = limits.MaxBodyBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            // Feeds often carry stray control characters; refusing them would refuse the feed.
            CheckCharacters = false,
        };
        var collector = new LinkCollector(kind, baseUri, limits);
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read() && !collector.Full)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (kind, reader.LocalName)
                {
                    case (ListingKind.Rss, "item"):
                        ReadRssItem(reader, collector);
                        break;
                    case (ListingKind.Atom, "entry"):
                        ReadAtomEntry(reader, collector);
                        break;
                    case (ListingKind.Sitemap, "url"):
                        ReadSitemapUrl(reader, collector);
                        break;
                    case (ListingKind.SitemapIndex, "sitemap"):
                        ReadIndexEntry(reader, collector);
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            return collector.Result($"not well-formed XML: {ex.Message}");
        }

        return collector.Result(null);
    }

    private void ReadRssItem(XmlReader reader, LinkCollector collector)
    {
        string? link = reader.GetAttribute("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        string? guid = null, title = null, date = null;
        using var item = reader.ReadSubtree();
        item.Read();
        while (item.Read())
        {
            if (item.NodeType != XmlNodeType.Element || item.Depth != 1)
            {
                continue;
            }

            switch (item.LocalName)
            {
                case "link" when item.NamespaceURI.Length == 0 || item.NamespaceURI.Contains("rss", StringComparison.Ordinal):
                    link = ReadText(item, MaxUrlChars) ?? link;
                    break;
                case "guid":
                    bool permalink = !string.Equals(item.GetAttribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
                    string? value = ReadText(item, MaxUrlChars);
                    guid = permalink ? value : guid;
                    break;
                case "title":
                    title = ReadText(item, limits.MaxTitleChars);
                    break;
                case "pubDate" or "date" or "published" or "updated":
                    date ??= ReadText(item, 64);
                    break;
            }
        }

        collector.AddLink(link ?? guid, FeedDates.Parse(date), title);
    }

    private void ReadAtomEntry(XmlReader reader, LinkCollector collector)
    {
        string? link = null, title = null, published = null, updated = null;
        int linkRank = 0;
        using var entry = reader.ReadSubtree();
        entry.Read();
        while (entry.Read())
        {
            if (entry.NodeType != XmlNodeType.Element || entry.Depth != 1)
            {
                continue;
            }

            switch (entry.LocalName)
            {
                case "link":
                    // rel="alternate" (or none) is the article; an HTML type beats others.
                    string rel = entry.GetAttribute("rel") ?? "alternate";
                    int rank = rel != "alternate" ? 0 : entry.GetAttribute("type") is null or "text/html" ? 2 : 1;
                    if (rank > linkRank && entry.GetAttribute("href") is { Length: > 0 and <= MaxUrlChars } href)
                    {
                        link = href;
                        linkRank = rank;
                    }

                    break;
                case "title":
                    title = ReadText(entry, limits.MaxTitleChars);
                    break;
                case "published" or "issued":
                    published = ReadText(entry, 64);
                    break;
                case "updated" or "modified":
                    updated = ReadText(entry, 64);
                    break;
            }
        }

        collector.AddLink(link, FeedDates.Parse(published ?? updated), title);
    }

    private void ReadSitemapUrl(XmlReader reader, LinkCollector collector)
    {
        string? loc = null, lastmod = null, newsDate = null, newsTitle = null;
        using var url = reader.ReadSubtree();
        url.Read();
        while (url.Read())
        {
            if (url.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            bool news = url.NamespaceURI.Contains(NewsNamespaceMark, StringComparison.Ordinal);
            switch (url.LocalName)
            {
                // Only the url's own loc: image and video extensions nest their own <loc>s deeper.
                case "loc" when url.Depth == 1:
                    loc = ReadText(url, MaxUrlChars);
                    break;
                case "lastmod" when url.Depth == 1:
                    lastmod = ReadText(url, 64);
                    break;
                case "publication_date" when news:
                    newsDate = ReadText(url, 64);
                    break;
                case "title" when news:
                    newsTitle = ReadText(url, limits.MaxTitleChars);
                    break;
            }
        }

        collector.AddLink(loc, FeedDates.Parse(newsDate ?? lastmod), newsTitle);
    }

    private static void ReadIndexEntry(XmlReader reader, LinkCollector collector)
    {
        using var entry = reader.ReadSubtree();
        entry.Read();
        while (entry.Read())
        {
            if (entry.NodeType == XmlNodeType.Element && entry.Depth == 1 && entry.LocalName == "loc")
            {
                collector.AddSitemap(ReadText(entry, MaxUrlChars));
            }
        }
    }

    /// <summary>The element's text (CDATA and nested markup's text included), trimmed; characters
    /// past <paramref name="maxChars"/> are read through but not kept.</summary>
    private static string? ReadText(XmlReader reader, int maxChars)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var text = new StringBuilder();
        int depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace && text.Length < maxChars)
            {
                string value = reader.Value;
                text.Append(value, 0, Math.Min(value.Length, maxChars - text.Length));
            }
        }

        string result = text.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
