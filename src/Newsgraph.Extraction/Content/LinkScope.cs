namespace Newsgraph.Extraction.Content;

/// <summary>
/// Tells links to the page's own site (related-article teasers, section pages) from links
/// elsewhere (sources, shops, embeds), by host string comparison only: no URI parsing per link.
/// </summary>
internal sealed class LinkScope
{
    private string? siteHost;

    /// <summary>Sets the page's host ("www." dropped); null when the page URL is unknown.</summary>
    public void Begin(Uri? pageUri) => siteHost = pageUri is null ? null : WithoutWww(pageUri.Host);

    public bool IsInternal(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return true;
        }

        var h = href.AsSpan().Trim();
        int scheme = h.IndexOf(':');
        int slash = h.IndexOf('/');
        bool hasScheme = scheme > 0 && (slash < 0 || scheme < slash);
        if (!hasScheme && !h.StartsWith("//"))
        {
            return true;
        }

        if (hasScheme && !(h.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("https:", StringComparison.OrdinalIgnoreCase)))
        {
            // javascript:, mailto:, tel: and app links are page chrome, not a source.
            return true;
        }

        if (siteHost is null)
        {
            return false;
        }

        var rest = hasScheme ? h[(scheme + 1)..] : h;
        rest = rest.TrimStart('/');
        int end = rest.IndexOfAny('/', '?', '#');
        var host = end < 0 ? rest : rest[..end];
        int port = host.IndexOf(':');
        if (port >= 0)
        {
            host = host[..port];
        }

        host = WithoutWww(host);
        return host.Equals(siteHost, StringComparison.OrdinalIgnoreCase)
            || (host.Length > siteHost.Length && host[^(siteHost.Length + 1)] == '.' && host.EndsWith(siteHost, StringComparison.OrdinalIgnoreCase))
            || (siteHost.Length > host.Length && siteHost[^(host.Length + 1)] == '.' && siteHost.AsSpan().EndsWith(host, StringComparison.OrdinalIgnoreCase) && host.Contains('.'));
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static ReadOnlySpan<char> WithoutWww(ReadOnlySpan<char> host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
