using System.Text.RegularExpressions;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Publication and update dates in the publication's local time. A date shown next to the
/// headline wins over metadata; a UTC metadata timestamp is moved to the local day when the page
/// says otherwise (shown date, a local-offset timestamp, the date in the URL). Modified is kept
/// only when it falls on a later local day than published.
/// </summary>
internal static partial class DateResolver
{
    /// <summary>How far (in elements) from the headline a shown date may sit: below it, or a
    /// little above it (datelines printed over the headline).</summary>
    private const int MaxAfterTitle = 400;

    private const int MaxBeforeTitle = 60;

    private const int MaxShownCandidates = 20;

    /// <summary>Elements this close to the headline belong to it even inside teaser-like markup
    /// (themes reuse "post-…" teaser classes for the article header).</summary>
    private const int NearTitle = 12;

    /// <summary>Offsets tried, in order, when only the local day is known (news sites are most
    /// often US- or Europe-based); used to carry a UTC update time to the local day.</summary>
    private static readonly int[] LikelyOffsetMinutes = [-300, -360, -480, -240, -420, -180, -600, 60, 120, 0, 180, 330, 480, 540, 600];

    public static (string? Published, string? Modified) Resolve(PageScan scan, JsonLdData ld, int titleOrder, string? pageUrl)
    {
        var metaPub = Candidates(scan, DateCues.PublishedKeys, ld.Published);
        var metaMod = Candidates(scan, DateCues.ModifiedKeys, ld.Modified);
        DateValue? firstPub = metaPub.Count > 0 ? metaPub[0] : null;
        DateValue? firstMod = metaMod.Count > 0 ? metaMod[0] : null;
        int? yearHint = firstPub?.Date.Year ?? firstMod?.Date.Year;
        var (shownPub, shownUpd) = Shown(scan, titleOrder, yearHint);

        DateValue? published = shownPub;
        if (published is { } p && firstMod is { } mm && mm.Date == p.Date && firstPub is { } mp && mp.Date < p.Date)
        {
            // The theme prints the last-modified date where the publication date would be.
            published = null;
        }

        if (published is null && firstPub is { } meta)
        {
            published = meta;
            if (meta.IsUtc && meta.Time is not null)
            {
                var local = metaPub.Find(c => c.Date != meta.Date && (c.Offset is null || c.Offset != TimeSpan.Zero) && Math.Abs(c.Date.DayNumber - meta.Date.DayNumber) == 1);
                if (local != default)
                {
                    published = new DateValue(local.Date, local.Time, local.Offset);
                }
                else if (UrlDate(pageUrl) is { } urlDate && urlDate.DayNumber == meta.Date.DayNumber - 1 && shownUpd?.Date != meta.Date)
                {
                    published = new DateValue(urlDate, null, null);
                }
            }
        }

        published ??= shownUpd;
        if (published is not { } pub)
        {
            return (null, null);
        }

        bool zonelessIsUtc = ZonelessMetaIsUtc(pub, firstPub);
        var offset = LocalOffset(pub, zonelessIsUtc ? AsUtc(firstPub) : firstPub, metaPub, metaMod);
        string publishedIso = PublishedIso(pub, firstPub, offset);

        // A shown update date first, then the metadata one carried to the local day.
        string? modifiedIso = null;
        if (shownUpd is { } su && su.Date > pub.Date)
        {
            modifiedIso = su.ToIso();
        }
        else if (firstMod is { } m)
        {
            if (zonelessIsUtc)
            {
                m = AsUtc(m)!.Value;
            }

            var local = m.IsUtc && offset is { } o && m.Instant is not null ? m.At(o) : m;
            modifiedIso = local.Date > pub.Date && (shownUpd is null || shownUpd.Value.Date <= local.Date) ? local.ToIso() : null;
        }

        return (publishedIso, modifiedIso);
    }

    /// <summary>Some CMSs write UTC timestamps without a zone ("2019-11-19 02:24:00"); that shows
    /// when the zoneless publish time, read as UTC, is the instant the page shows.</summary>
    private static bool ZonelessMetaIsUtc(DateValue shown, DateValue? meta) =>
        shown.Instant is { } instant && meta is { Offset: null, Time: { } t } m &&
        Math.Abs((m.Date.ToDateTime(t) - instant.UtcDateTime).TotalMinutes) <= 2;

    private static DateValue? AsUtc(DateValue? value) =>
        value is { Offset: null, Time: not null } v ? v with { Offset = TimeSpan.Zero } : value;

    private static string PublishedIso(DateValue pub, DateValue? meta, TimeSpan? offset)
    {
        if (pub.Instant is not null)
        {
            return pub.ToIso();
        }

        if (meta is { Instant: not null } m)
        {
            var local = offset is { } o ? m.At(o) : m;
            if (local.Date == pub.Date)
            {
                return local.ToIso();
            }
        }

        return pub.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The publication's UTC offset: stated on a local timestamp, or implied by a shown
    /// local time/day against a UTC metadata timestamp.</summary>
    private static TimeSpan? LocalOffset(DateValue pub, DateValue? meta, List<DateValue> metaPub, List<DateValue> metaMod)
    {
        if (pub.Offset is { } own && own != TimeSpan.Zero)
        {
            return own;
        }

        foreach (var c in metaPub.Concat(metaMod))
        {
            if (c.Offset is { } o && o != TimeSpan.Zero && c.Time is not null)
            {
                return o;
            }
        }

        if (meta is not { Instant: { } instant })
        {
            return pub.Offset;
        }

        if (pub.Time is { } shownTime && pub.Offset is null)
        {
            var diff = pub.Date.ToDateTime(shownTime) - instant.UtcDateTime;
            double quarters = Math.Round(diff.TotalMinutes / 15);
            if (Math.Abs(quarters) <= 14 * 4)
            {
                return TimeSpan.FromMinutes(quarters * 15);
            }
        }

        if (pub.Date != DateOnly.FromDateTime(instant.UtcDateTime))
        {
            foreach (int minutes in LikelyOffsetMinutes)
            {
                var o = TimeSpan.FromMinutes(minutes);
                if (DateOnly.FromDateTime(instant.ToOffset(o).DateTime) == pub.Date)
                {
                    return o;
                }
            }
        }

        return pub.Offset;
    }

    private static List<DateValue> Candidates(PageScan scan, string[] keys, List<string> jsonLd)
    {
        var list = new List<DateValue>();
        foreach (var key in keys)
        {
            foreach (var v in scan.All(key))
            {
                if (DateParser.TryParse(v, out var d))
                {
                    list.Add(d);
                }
            }

            if (key is "datePublished" or "dateModified")
            {
                // JSON-LD sits with the other schema.org sources.
                foreach (var v in jsonLd)
                {
                    if (DateParser.TryParse(v, out var d))
                    {
                        list.Add(d);
                    }
                }
            }
        }

        return list;
    }

    private static (DateValue? Published, DateValue? Updated) Shown(PageScan scan, int titleOrder, int? yearHint)
    {
        DateValue? published = null;
        DateValue? updated = null;
        var candidates = scan.Dates.Concat(scan.Bylines.Where(b => b.Key != "bio"))
            .Where(c => titleOrder < 0 || (c.Order >= titleOrder ? c.Order - titleOrder <= MaxAfterTitle : titleOrder - c.Order <= MaxBeforeTitle))
            .OrderBy(c => titleOrder < 0 ? c.Order : c.Order >= titleOrder ? c.Order - titleOrder : (titleOrder - c.Order) * 2)
            .Take(MaxShownCandidates * 2);
        int tried = 0;
        foreach (var c in candidates)
        {
            bool nearTitle = titleOrder >= 0 && Math.Abs(c.Order - titleOrder) <= NearTitle;
            if ((c.Region & Region.Elsewhere) != 0 || tried >= MaxShownCandidates || (!nearTitle && PageWalker.InTeaserOrComments(c.Element)))
            {
                continue;
            }

            string text = MetaText.TextOf(c.Element, 200);
            if (!text.Any(char.IsAsciiDigit) && c.Element.GetAttribute("datetime") is null)
            {
                continue; // author links and share bars inside bylines carry no date
            }

            tried++;
            string marks = (c.Element.GetAttribute("class") ?? string.Empty) + " " + (c.Element.GetAttribute("itemprop") ?? string.Empty);
            bool updatedMark = (marks.Contains("updated", StringComparison.OrdinalIgnoreCase) || marks.Contains("modified", StringComparison.OrdinalIgnoreCase))
                && !marks.Contains("publish", StringComparison.OrdinalIgnoreCase) && !marks.Contains("posted", StringComparison.OrdinalIgnoreCase)
                && !marks.Contains("entry-date", StringComparison.OrdinalIgnoreCase);

            int split = LabelIndex(text, DateCues.UpdatedLabels);
            string pubPart = updatedMark ? string.Empty : split >= 0 ? text[..split] : text;
            string updPart = updatedMark ? text : split >= 0 ? text[split..] : string.Empty;

            if (published is null && pubPart.Length > 0 && DateParser.TryParse(pubPart, yearHint, out var p))
            {
                published = Richer(p, c);
            }
            else if (published is null && !updatedMark && split < 0 && text.Length < 60 && c.Element.GetAttribute("datetime") is { } attr && DateParser.TryParse(attr, out var pa))
            {
                // A relative label ("2 days ago") over a machine date.
                published = pa;
            }

            if (updated is null && updPart.Length > 0 && DateParser.TryParse(updPart, yearHint, out var u))
            {
                updated = updatedMark ? Richer(u, c) : u;
            }

            if (published is not null && updated is not null)
            {
                break;
            }
        }

        return (published, updated);
    }

    /// <summary>A shown date with the machine timestamp of its time element when they agree.</summary>
    private static DateValue Richer(DateValue shown, ScannedElement c)
    {
        if (shown.Offset is null && c.Element.GetAttribute("datetime") is { } attr && DateParser.TryParse(attr, out var machine) &&
            machine.Date == shown.Date && machine.Offset is { } o && o != TimeSpan.Zero)
        {
            return machine;
        }

        return shown;
    }

    private static int LabelIndex(string text, string[] labels)
    {
        int best = -1;
        foreach (var label in labels)
        {
            int at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    private static DateOnly? UrlDate(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var m = UrlDatePattern().Match(url);
        if (!m.Success)
        {
            return null;
        }

        int y = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-]?(?<m>[01]\d)[/-]?(?<d>[0-3]\d)(?:[/-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDatePattern();
}
