using System.Globalization;
using Newsgraph.Extraction.Metadata.Tables;

namespace Newsgraph.Extraction.Metadata;

/// <summary>
/// The publication's name as a reader would say it. og:site_name is the usual answer, but it is
/// often a collapsed handle ("TheHill", "floridatoday", "cleveland") while another source (JSON-LD
/// publisher, the &lt;title&gt; suffix) spells the same name readably; then the readable one wins.
/// </summary>
internal static class SiteResolver
{
    private const int MaxSiteWords = 6;

    public static List<string> Candidates(PageScan scan, JsonLdData ld, string? pageUrl)
    {
        var names = new List<string>();

        // Some CMSs put the headline in application-name and friends.
        string titleKey = MetaText.Key(scan.TitleText);
        string ogKey = MetaText.Key(scan.First("og:title"));
        void Add(string? s, bool mayEqualTitle = false)
        {
            s = MetaText.Clean(s);
            int bar = s.IndexOf(" | ", StringComparison.Ordinal);
            if (bar > 0)
            {
                s = s[..bar].Trim(); // "LinkNaija | Nigeria's popular news platform"
            }

            s = s.TrimStart('@');
            string key = MetaText.Key(s);
            if (s.Length > 0 && s.Length <= 60 && key.Length > 0 && (mayEqualTitle || (key != titleKey && key != ogKey)) && MetaText.Words(s).Count <= MaxSiteWords &&
                !s.Contains("://", StringComparison.Ordinal) && !SiteCues.NotSiteNames.Contains(s) && !names.Contains(s, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(s);
            }
        }

        Add(scan.First("og:site_name"), mayEqualTitle: true);
        foreach (var p in ld.Publishers)
        {
            Add(p);
        }

        foreach (var w in ld.WebSiteNames)
        {
            Add(w);
        }

        Add(scan.First("application-name"));
        Add(scan.First("apple-mobile-web-app-title"));
        Add(TitleSuffix(scan.TitleText));
        Add(scan.First("twitter:site"));
        if (names.Count == 0 && Host(pageUrl) is { } host)
        {
            Add(DomainName(host));
        }

        return names;
    }

    public static HashSet<string> Words(List<string> names, string? pageUrl)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            words.UnionWith(MetaText.Words(n));
        }

        if (Host(pageUrl) is { } host)
        {
            foreach (var label in host.Split('.'))
            {
                if (!SiteCues.HostNoise.Contains(label))
                {
                    words.Add(label);
                }
            }
        }

        return words;
    }

    public static string? Resolve(List<string> names)
    {
        if (names.Count == 0)
        {
            return null;
        }

        string best = names[0];
        string compact = Compact(best);
        bool collapsed = !best.Contains(' ', StringComparison.Ordinal) && (best.All(c => !char.IsUpper(c)) || best.Contains('.', StringComparison.Ordinal) || HasInnerCapital(best));
        if (!collapsed)
        {
            return best;
        }

        // A readable spelling of the same name elsewhere: "The Hill" for "TheHill", "cleveland.com" for "cleveland".
        foreach (var other in names.Skip(1))
        {
            string oc = Compact(other);
            if (oc.Length == 0 || other == best)
            {
                continue;
            }

            bool same = oc == compact || (oc.Length > compact.Length && oc.EndsWith(compact, StringComparison.Ordinal) && oc.Length - compact.Length <= 3);
            if (same && Readability(other) > Readability(best))
            {
                return other;
            }
        }

        return best;
    }

    public static string? Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;

    /// <summary>"TheHill" → "thehill"; "SpaceNews.com" → "spacenews"; "The Detroit News" → "thedetroitnews".</summary>
    private static string Compact(string name)
    {
        string n = name.ToLowerInvariant();
        foreach (var tld in SiteCues.Tlds)
        {
            if (n.EndsWith(tld, StringComparison.Ordinal))
            {
                n = n[..^tld.Length];
                break;
            }
        }

        if (n.StartsWith("the", StringComparison.Ordinal) && n.Length > 6)
        {
            n = n[3..];
        }

        return new string(n.Where(char.IsLetterOrDigit).ToArray()).Replace("the", string.Empty, StringComparison.Ordinal);
    }

    private static bool HasInnerCapital(string s) => s.Skip(1).Any(char.IsUpper) && s.Any(char.IsLower);

    /// <summary>Spaces and capitals make a name readable; a bare domain or handle is least so.</summary>
    private static int Readability(string s) =>
        (s.Count(c => c == ' ') * 3) + (char.IsUpper(s[0]) ? 1 : 0) + (s.Contains('.', StringComparison.Ordinal) ? 1 : 0);

    private static string? TitleSuffix(string? title)
    {
        title = MetaText.Clean(title);
        foreach (var sep in TitleCues.SiteSeparators)
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at > 0)
            {
                string tail = title[(at + sep.Length)..].Trim();
                if (MetaText.Words(tail).Count is > 0 and <= 4 && MetaText.Words(title[..at]).Count >= 2)
                {
                    return tail;
                }
            }
        }

        return null;
    }

    private static string DomainName(string host)
    {
        var labels = host.Split('.').Where(l => !SiteCues.HostNoise.Contains(l)).ToList();
        string label = labels.Count > 0 ? labels[^1] : host;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label);
    }
}
