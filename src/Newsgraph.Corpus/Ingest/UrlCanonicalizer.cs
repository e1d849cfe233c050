namespace Newsgraph.Corpus.Ingest;

/// <summary>
/// The URL under which an article's revisions are kept: scheme and host lower-cased, default port,
/// fragment and tracking parameters dropped, a trailing slash after a path removed. Two addresses
/// that differ only in these reach the same article.
/// </summary>
public static class UrlCanonicalizer
{
    /// <summary>Query parameters that only say where a reader came from (campaign tracking).</summary>
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid"];

    public static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        string path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        string port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string query = kept.Length == 0 ? "" : "?" + string.Join('&', kept);
        return uri.Scheme + "://" + uri.Host.ToLowerInvariant() + port + path + query;
    }
}
