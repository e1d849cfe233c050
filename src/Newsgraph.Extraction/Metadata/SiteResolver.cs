namespace Newsgraph.Extraction.Metadata;

/// <summary>The publication's name as a reader would say it.</summary>
internal static class SiteResolver
{
    public static List<string> Candidates(PageScan scan, JsonLdData ld, string? pageUrl)
    {
        var names = new List<string>();
        void Add(string? s)
        {
            s = MetaText.Clean(s);
            if (s.Length > 0 && s.Length <= 80 && !s.Contains("://", StringComparison.Ordinal) && !names.Contains(s, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(s);
            }
        }

        Add(scan.First("og:site_name"));
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
        _ = pageUrl;
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
                if (label is not ("www" or "com" or "org" or "net" or "co" or "uk"))
                {
                    words.Add(label);
                }
            }
        }

        return words;
    }

    public static string? Resolve(List<string> names) => names.Count > 0 ? names[0] : null;

    public static string? Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
}
