using System.Globalization;

namespace Newsgraph.Corpus.Sources.Listings;

/// <summary>
/// Dates as feeds write them: RFC 822 in RSS ("Tue, 10 Jun 2003 04:00:00 GMT", often with
/// named US zones or without the weekday), RFC 3339 / W3C-DTF in Atom, JSON Feed, dc:date and
/// sitemaps ("2023-09-14", "2023-09-14T08:00:00+01:00").
/// </summary>
internal static class FeedDates
{
    /// <summary>Zone names RFC 822 allows besides numeric offsets (military single letters are
    /// left out: in practice they are bugs, and "Z" alone is handled by ISO parsing).</summary>
    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+0000", ["UT"] = "+0000", ["UTC"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
    };

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy H:mm:ss zzz", "ddd, d MMM yyyy H:mm zzz", "d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz",
        "ddd, d MMM yy H:mm:ss zzz", "ddd, d MMMM yyyy H:mm:ss zzz",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        text = text.Trim();
        if (char.IsAsciiDigit(text[0]) && text.Length >= 10 && text[4] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return iso;
        }

        // RFC 822: normalise the zone to a numeric offset the .NET pattern "zzz" accepts.
        int lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0)
        {
            string zone = text[(lastSpace + 1)..];
            if (ZoneNames.TryGetValue(zone, out var offset))
            {
                zone = offset;
            }

            if (zone.Length == 5 && zone[0] is '+' or '-')
            {
                zone = zone[..3] + ":" + zone[3..];
            }

            string normalised = text[..lastSpace] + " " + zone;
            if (DateTimeOffset.TryParseExact(normalised, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
            {
                return rfc;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }
}
