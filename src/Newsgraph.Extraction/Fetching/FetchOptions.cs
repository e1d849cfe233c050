namespace Newsgraph.Extraction.Fetching;

/// <summary>Limits for fetching one URL. Every hop of a redirect chain is checked against them.</summary>
public sealed record FetchOptions
{
    /// <summary>Whole fetch, redirects included. News pages answer in well under a second; 20 s
    /// allows slow sites without letting a tar-pit hold a worker.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body accepted (after content decoding).</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Redirects followed. Real sites use one to three (http→https, www, trailing slash).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow loopback, private, link-local and other non-public addresses (off by default:
    /// a URL given to a server must not reach the machine's own network).</summary>
    public bool AllowPrivate { get; init; }

    public string UserAgent { get; init; } = "Newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)";
}
