using Newsgraph.Extraction.Input;

namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>
/// Turns a feed or sitemap body (gzip allowed) into its links: sniffs the kind, then reads it with
/// the XML or JSON reader. A body that is no listing comes back as <see cref="Listing.NotAListing"/>.
/// </summary>
public sealed class ListingParser(ListingLimits? limits = null)
{
    private readonly ListingLimits limits = limits ?? new ListingLimits();

    public ListingLimits Limits => limits;

    /// <summary>The kind of listing a body is, without parsing it.</summary>
    public static ListingKind Sniff(ReadOnlySpan<byte> body) => ListingSniffer.Sniff(body);

    public Listing Parse(ReadOnlyMemory<byte> body, Uri? baseUri)
    {
        if (GzipInflater.IsGzip(body.Span))
        {
            var inflated = GzipInflater.Inflate(body, limits.MaxBodyBytes);
            if (inflated.OverLimit)
            {
                return Listing.Failed(ListingKind.None, $"inflates past the limit of {limits.MaxBodyBytes:N0} bytes");
            }

            if (inflated.Data is not { } data)
            {
                return Listing.Failed(ListingKind.None, $"not valid gzip: {inflated.Error}");
            }

            body = data;
        }

        if (body.Length > limits.MaxBodyBytes)
        {
            return Listing.Failed(ListingKind.None, $"{body.Length:N0} bytes; the limit is {limits.MaxBodyBytes:N0}");
        }

        var kind = ListingSniffer.Sniff(body.Span);
        return kind switch
        {
            ListingKind.None => Listing.NotAListing,
            ListingKind.JsonFeed => new JsonFeedReader(limits).Read(body, baseUri),
            _ => new XmlListingReader(limits).Read(body, kind, baseUri),
        };
    }
}
