using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// Picks the headline as the page shows it: the visible heading (h1, headline-classed element,
/// or an h2 on themes whose h1 is the masthead) that best agrees with the page's meta titles.
/// Falls back to og:title / JSON-LD headline / &lt;title&gt; with the site suffix stripped.
/// </summary>
internal static class TitleResolver
{
    public static (string? Title, int Order) Resolve(PageScan scan, JsonLdData ld, IReadOnlyList<string> siteNames)
    {
        var metaTitles = new List<string>();
        foreach (var key in TitleCues.MetaKeys)
        {
            if (scan.First(key) is { } t)
            {
                metaTitles.Add(t);
            }
        }

        metaTitles.AddRange(ld.Headlines);
        if (MetaText.Clean(scan.TitleText) is { Length: > 0 } title)
        {
            metaTitles.Add(title);
        }

        var metaSets = metaTitles.Select(m => (Words: MetaText.Words(m), Set: MetaText.Words(m).ToHashSet(StringComparer.Ordinal))).Where(m => m.Words.Count > 0).ToList();
        var siteKeys = siteNames.Select(MetaText.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

        string? best = null;
        int bestOrder = -1;
        double bestScore = 0;
        foreach (var h in scan.Headings)
        {
            string text = MetaText.TextOf(h.Element, TitleCues.MaxChars);
            var words = MetaText.Words(text);
            if (words.Count == 0)
            {
                continue;
            }

            double weight = h.Key switch
            {
                "h1" => TitleCues.H1Weight,
                "h2" => TitleCues.H2Weight,
                _ => TitleCues.HeadlineClassWeight,
            };
            if ((h.Region & Region.Elsewhere) != 0 || (h.Key != "h1" && PageWalker.InTeaserOrComments(h.Element)))
            {
                weight *= TitleCues.ElsewherePenalty;
            }

            if (h.Key != "h1" && (h.Region & Region.Link) != 0)
            {
                weight *= TitleCues.LinkedPenalty;
            }

            string key = string.Join(' ', words);
            if (siteKeys.Contains(key) || IsLogo(h, scan))
            {
                weight *= TitleCues.SiteNamePenalty;
            }

            double sim = 0;
            var wordSet = words.ToHashSet(StringComparer.Ordinal);
            foreach (var (mWords, mSet) in metaSets)
            {
                double precision = MetaText.Containment(words, mSet);
                double recall = MetaText.Containment(mWords, wordSet);
                sim = Math.Max(sim, precision * (0.5 + (0.5 * recall)));
            }

            double score = weight * (0.35 + sim);
            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = text;
                bestOrder = h.Order;
            }
        }

        if (best is not null && bestScore >= 0.3)
        {
            return (best, bestOrder);
        }

        // No visible headline: the social/meta title without its site suffix.
        foreach (var m in metaTitles)
        {
            string stripped = StripSiteSuffix(m, siteKeys);
            if (stripped.Length > 0 && !siteKeys.Contains(MetaText.Key(stripped)))
            {
                return (stripped, -1);
            }
        }

        return (best, bestOrder);
    }

    /// <summary>"Headline | Site" / "Headline - Section - Site" → "Headline".</summary>
    public static string StripSiteSuffix(string title, HashSet<string> siteKeys)
    {
        title = MetaText.Clean(title);
        foreach (var sep in TitleCues.SiteSeparators)
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            while (at > 0)
            {
                string head = title[..at].Trim();
                string tail = title[(at + sep.Length)..].Trim();
                int headWords = MetaText.Words(head).Count;
                int tailWords = MetaText.Words(tail).Count;
                bool tailIsSite = siteKeys.Contains(MetaText.Key(tail)) || tail.Contains('.', StringComparison.Ordinal) && tailWords <= 3;
                if (tailIsSite || (tailWords <= 4 && headWords >= tailWords + 2))
                {
                    title = head;
                    at = title.LastIndexOf(sep, StringComparison.Ordinal);
                }
                else
                {
                    break;
                }
            }
        }

        return title;
    }

    private static bool IsLogo(ScannedElement h, PageScan scan)
    {
        foreach (var logo in scan.Logos)
        {
            if (logo.Element == h.Element || logo.Element.Contains(h.Element) || h.Element.Contains(logo.Element))
            {
                return true;
            }
        }

        return false;
    }
}
