using Newsgraph.Core.Diagnostics;
using Newsgraph.Extraction.Fetching;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>
/// Fetches URLs the way a considerate crawler does, on top of <see cref="SafeHttpFetcher"/>'s
/// address, size, time and redirect rules: obeys robots.txt (user agent "Newsgraph", cached per
/// origin), keeps one request at a time and a minimum delay per host (longer if Crawl-delay asks),
/// retries 429, 5xx, timeouts and broken connections with exponential backoff honouring
/// Retry-After, and makes conditional requests with the ETag / Last-Modified of earlier fetches.
/// Thread-safe; one instance per run.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly PolitenessOptions options;
    private readonly SafeHttpFetcher pages;
    private readonly SafeHttpFetcher robotsFetcher;
    private readonly IValidatorCache? validators;
    private readonly IPauseClock clock;
    private readonly HostPacer pacer;
    private readonly RobotsCache robots;

    public PoliteFetcher(PolitenessOptions? options = null, IValidatorCache? validators = null, IPauseClock? clock = null)
    {
        this.options = options ?? new PolitenessOptions();
        this.validators = validators;
        this.clock = clock ?? new SystemPauseClock();
        pages = new SafeHttpFetcher(this.options.Fetch);
        robotsFetcher = new SafeHttpFetcher(this.options.Fetch with { MaxBytes = this.options.MaxRobotsBytes });
        pacer = new HostPacer(this.clock);
        robots = new RobotsCache(LoadRobotsAsync);
    }

    public PolitenessOptions Options => options;

    public async Task<PoliteFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return new PoliteFetchResult(PoliteFetchOutcome.Refused, null, $"Only http and https URLs are fetched ({url}).", clock.UtcNow, 0);
        }

        var delay = options.MinDelayPerHost;
        if (options.ObeyRobots)
        {
            var verdict = await robots.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (verdict.Refused)
            {
                return new PoliteFetchResult(PoliteFetchOutcome.Refused, null, verdict.Why, clock.UtcNow, 0);
            }

            if (!verdict.Rules.Allows(url))
            {
                string why = verdict.Why ?? $"robots.txt of {url.Host} disallows {url.PathAndQuery} for {options.RobotsAgent}";
                return new PoliteFetchResult(PoliteFetchOutcome.Disallowed, null, why, clock.UtcNow, 0);
            }

            if (verdict.Rules.CrawlDelay is { } crawlDelay)
            {
                delay = TimeSpan.FromTicks(Math.Max(delay.Ticks, Math.Min(crawlDelay.Ticks, options.MaxCrawlDelay.Ticks)));
            }
        }

        var conditions = validators?.Get(url);
        var (result, attempts) = await FetchWithRetriesAsync(pages, url, conditions, delay, cancellationToken).ConfigureAwait(false);
        var now = clock.UtcNow;
        if (result.NotModified)
        {
            return new PoliteFetchResult(PoliteFetchOutcome.NotModified, null, $"{url} is unchanged since the last fetch", now, attempts);
        }

        if (result.Input is { } input)
        {
            if (validators is not null && (result.ETag is not null || result.LastModified is not null))
            {
                validators.Put(url, new FetchConditions(result.ETag, result.LastModified));
            }

            return new PoliteFetchResult(PoliteFetchOutcome.Fetched, input, null, now, attempts);
        }

        var outcome = result.Error?.Code == DiagnosticCodes.UrlRefused ? PoliteFetchOutcome.Refused : PoliteFetchOutcome.Failed;
        return new PoliteFetchResult(outcome, null, result.Error?.Message ?? $"Fetching {url} failed.", now, attempts);
    }

    public void Dispose()
    {
        pages.Dispose();
        robotsFetcher.Dispose();
    }

    private async Task<(FetchResult Result, int Attempts)> FetchWithRetriesAsync(SafeHttpFetcher fetcher, Uri url, FetchConditions? conditions, TimeSpan delay, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            FetchResult result;
            await using (await pacer.EnterAsync(url.Authority, delay, cancellationToken).ConfigureAwait(false))
            {
                result = await fetcher.FetchAsync(url, conditions, cancellationToken).ConfigureAwait(false);
            }

            if (result.Input is not null || result.NotModified || !result.Transient || attempt >= options.MaxAttempts)
            {
                return attempt > 1 && result.Error is { } last
                    ? (result with { Error = last with { Message = $"{last.Message} (after {attempt} attempts)" } }, attempt)
                    : (result, attempt);
            }

            var backoff = TimeSpan.FromTicks(options.BackoffBase.Ticks << Math.Min(attempt - 1, 20));
            var wait = result.RetryAfter is { } asked && asked > backoff ? asked : backoff;
            if (wait > options.MaxBackoff)
            {
                if (result.RetryAfter > options.MaxBackoff)
                {
                    string why = $"{result.Error?.Message} The server asks to retry after {result.RetryAfter.Value.TotalSeconds:N0} s, more than the {options.MaxBackoff.TotalSeconds:N0} s we wait; given up.";
                    return (result with { Error = result.Error! with { Message = why } }, attempt);
                }

                wait = options.MaxBackoff;
            }

            await clock.PauseAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RobotsVerdict> LoadRobotsAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var (result, _) = await FetchWithRetriesAsync(robotsFetcher, robotsUrl, null, options.MinDelayPerHost, cancellationToken).ConfigureAwait(false);
        if (result.Input is { } input)
        {
            string text = System.Text.Encoding.UTF8.GetString(input.Bytes.Span);
            return new RobotsVerdict(RobotsRules.Parse(text, options.RobotsAgent), null, false);
        }

        if (result.Error?.Code == DiagnosticCodes.UrlRefused)
        {
            return new RobotsVerdict(RobotsRules.DisallowAll, result.Error.Message, true);
        }

        // RFC 9309: no robots.txt (4xx) allows everything; an unreachable one (5xx, network) forbids everything.
        return result.Status is >= 400 and < 500
            ? new RobotsVerdict(RobotsRules.AllowAll, null, false)
            : new RobotsVerdict(RobotsRules.DisallowAll, $"robots.txt of {robotsUrl.Authority} could not be read ({result.Error?.Message}); the site is skipped, as RFC 9309 asks", false);
    }
}
