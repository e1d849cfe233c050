using System.Globalization;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>
/// The robots.txt rules that apply to one user agent (RFC 9309): the groups naming our product
/// token, or else the "*" groups; the longest matching Allow/Disallow pattern decides, Allow wins
/// a tie; "*" matches any run of characters and a final "$" anchors the end. Crawl-delay (not in
/// the RFC, widely used) and Sitemap lines are kept too.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>Rules kept per file: real files have tens; a hostile one must not make every URL
    /// check slow.</summary>
    private const int MaxRules = 5_000;

    /// <summary>Longest pattern kept (matching is O(pattern × path) in the worst case).</summary>
    private const int MaxPatternChars = 2_048;

    private readonly List<(string Pattern, bool Allow)> rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>No rules: everything allowed (robots.txt missing, 4xx).</summary>
    public static RobotsRules AllowAll { get; } = new([], null, []);

    /// <summary>Everything refused (robots.txt unreachable or 5xx: RFC 9309 2.3.1.4).</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null, []);

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsRules Parse(string text, string agent)
    {
        var mine = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        TimeSpan? myDelay = null, starDelay = null;
        var sitemaps = new List<string>();
        bool matchesMe = false, matchesStar = false, inAgentLines = false, anyMine = false;

        foreach (var raw in text.Split('\n'))
        {
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string field = line[..colon].Trim().ToLowerInvariant();
            string value = line[(colon + 1)..].Trim();
            if (field is "user-agent" or "useragent")
            {
                if (!inAgentLines)
                {
                    matchesMe = matchesStar = false;
                    inAgentLines = true;
                }

                // Our product token, alone or with a version ("Newsgraph/0.1").
                bool me = value.Equals(agent, StringComparison.OrdinalIgnoreCase) || value.StartsWith(agent + "/", StringComparison.OrdinalIgnoreCase);
                matchesMe |= me;
                anyMine |= me;
                matchesStar |= value == "*";
                continue;
            }

            inAgentLines = false;
            switch (field)
            {
                case "allow" or "disallow" when value.Length > 0 && value.Length <= MaxPatternChars:
                    var rule = (value, field == "allow");
                    if (matchesMe && mine.Count < MaxRules)
                    {
                        mine.Add(rule);
                    }

                    if (matchesStar && star.Count < MaxRules)
                    {
                        star.Add(rule);
                    }

                    break;
                case "crawl-delay" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0 && seconds < 86_400:
                    if (matchesMe)
                    {
                        myDelay = TimeSpan.FromSeconds(seconds);
                    }

                    if (matchesStar)
                    {
                        starDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "sitemap" when sitemaps.Count < 1_000:
                    sitemaps.Add(value);
                    break;
            }
        }

        return anyMine ? new RobotsRules(mine, myDelay, sitemaps) : new RobotsRules(star, starDelay, sitemaps);
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool Allows(Uri url)
    {
        string path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        int bestLength = -1;
        bool allow = true;
        foreach (var (pattern, isAllow) in rules)
        {
            if (pattern.Length < bestLength || (pattern.Length == bestLength && !isAllow) || !Matches(pattern, path))
            {
                continue;
            }

            bestLength = pattern.Length;
            allow = isAllow;
        }

        return allow;
    }

    /// <summary>Prefix match with "*" wildcards and an optional "$" end anchor.</summary>
    private static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        var p = anchored ? pattern.AsSpan(0, pattern.Length - 1) : pattern.AsSpan();
        int pi = 0, si = 0, starP = -1, starS = 0;
        while (si < path.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                starP = pi++;
                starS = si;
            }
            else if (pi < p.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (pi == p.Length && !anchored)
            {
                return true;
            }
            else if (starP >= 0)
            {
                pi = starP + 1;
                si = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }

        return pi == p.Length;
    }
}
