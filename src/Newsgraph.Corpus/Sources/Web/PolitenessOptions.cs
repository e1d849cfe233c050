using Newsgraph.Extraction.Fetching;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>How politely live fetching treats a site, on top of the safe fetcher's limits.</summary>
public sealed record PolitenessOptions
{
    /// <summary>The safe fetcher's limits (timeouts, size and redirect caps, private addresses).</summary>
    public FetchOptions Fetch { get; init; } = new();

    /// <summary>Product token matched against robots.txt User-agent lines.</summary>
    public string RobotsAgent { get; init; } = "Newsgraph";

    /// <summary>Obey robots.txt (off only for tests and sites the user owns).</summary>
    public bool ObeyRobots { get; init; } = true;

    /// <summary>Least time between two requests to one host. One second is the common courtesy
    /// for crawlers that do not know a site's capacity.</summary>
    public TimeSpan MinDelayPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest robots.txt Crawl-delay honoured; a site asking for more is fetched at this
    /// pace rather than blocking a run for minutes per page.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per URL, the first included, for 429, 5xx, timeouts and broken connections.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff; doubled on each further retry (1 s, 2 s, 4 s).</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait before one retry; a Retry-After asking for more gives the URL up.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>robots.txt bytes read; RFC 9309 asks parsers to read at least 500 KiB.</summary>
    public long MaxRobotsBytes { get; init; } = 500 * 1024;
}
