using System.Text;

namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>
/// Tells a feed or sitemap from anything else by its first bytes, without parsing: the name of
/// the first XML element (after the prolog, comments and DOCTYPE), or the JSON Feed version URL.
/// </summary>
internal static class ListingSniffer
{
    /// <summary>Bytes looked at. Prologs are short, but some feeds open with a long licence comment
    /// or a stylesheet instruction.</summary>
    private const int SniffBytes = 8 * 1024;

    public static ListingKind Sniff(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, SniffBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        if (head.IsEmpty)
        {
            return ListingKind.None;
        }

        if (head[0] == (byte)'{')
        {
            return head.IndexOf("jsonfeed.org/version/"u8) >= 0 ? ListingKind.JsonFeed : ListingKind.None;
        }

        return RootName(head) switch
        {
            "rss" or "rdf:RDF" or "RDF" => ListingKind.Rss,
            "feed" => ListingKind.Atom,
            "urlset" => ListingKind.Sitemap,
            "sitemapindex" => ListingKind.SitemapIndex,
            _ => ListingKind.None,
        };
    }

    /// <summary>The first element's qualified name minus any prefix other than rdf:.</summary>
    private static string? RootName(ReadOnlySpan<byte> head)
    {
        int i = 0;
        while (i < head.Length)
        {
            int lt = head[i..].IndexOf((byte)'<');
            if (lt < 0 || i + lt + 1 >= head.Length)
            {
                return null;
            }

            i += lt + 1;
            if (head[i..].StartsWith("!--"u8))
            {
                int close = head[i..].IndexOf("-->"u8);
                if (close < 0)
                {
                    return null;
                }

                i += close + 3;
                continue;
            }

            if (head[i] is (byte)'?' or (byte)'!')
            {
                continue;
            }

            int end = i;
            while (end < head.Length && head[end] is not ((byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                end++;
            }

            string name = Encoding.ASCII.GetString(head[i..end]);
            int colon = name.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && !name.StartsWith("rdf:", StringComparison.Ordinal) ? name[(colon + 1)..] : name;
        }

        return null;
    }
}
