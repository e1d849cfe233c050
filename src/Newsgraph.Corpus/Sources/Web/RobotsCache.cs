using System.Collections.Concurrent;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>robots.txt rules per origin (scheme, host, port), fetched once per run.</summary>
internal sealed class RobotsCache(Func<Uri, CancellationToken, Task<RobotsVerdict>> load)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsVerdict>>> origins = new(StringComparer.OrdinalIgnoreCase);

    public Task<RobotsVerdict> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        return origins.GetOrAdd(robotsUrl.AbsoluteUri, _ => new Lazy<Task<RobotsVerdict>>(() => load(robotsUrl, cancellationToken))).Value;
    }
}

/// <summary>The rules for an origin, and why they are "disallow all" when robots.txt could not be read.</summary>
internal sealed record RobotsVerdict(RobotsRules Rules, string? Why, bool Refused);
