using System.Collections.Frozen;

namespace Newsgraph.Extraction.Metadata.Tables;

/// <summary>Names that are never the site, and host parts that are never its name.</summary>
internal static class SiteCues
{
    /// <summary>Publishing platforms and wire agencies named as JSON-LD publisher on syndicated copies.</summary>
    public static readonly FrozenSet<string> NotSiteNames = FrozenSet.ToFrozenSet(
        ["Blogger", "WordPress", "Medium", "Associated Press", "The Associated Press", "AP", "Reuters", "AFP", "Hosted", "Google", "Facebook", "Twitter"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Host labels that are not part of a publication's name.</summary>
    public static readonly FrozenSet<string> HostNoise = FrozenSet.ToFrozenSet(
        ["www", "m", "amp", "mobile", "blog", "news", "com", "org", "net", "co", "uk", "de", "fr", "es", "it", "ru", "br", "in", "ca", "au", "info", "io", "jp"],
        StringComparer.Ordinal);

    /// <summary>Domain endings stripped when comparing "SpaceNews.com" with "SpaceNews".</summary>
    public static readonly string[] Tlds = [".co.uk", ".com.br", ".com.au", ".com", ".org", ".net", ".ca", ".co", ".de", ".in"];
}
