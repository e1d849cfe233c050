using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Newsgraph.Core.Input;
using Newsgraph.Extraction.Input;

namespace Newsgraph.Extraction.Fetching;

/// <summary>
/// Fetches one page over HTTP(S) safely: only http and https, every redirect hop re-checked,
/// addresses resolved here and checked before connecting (so DNS rebinding cannot slip a private
/// address past the check), a time limit for the whole fetch, and a byte cap on the body.
/// Thread-safe; reuse one instance.
/// </summary>
public sealed class SafeHttpFetcher : IDisposable
{
    private readonly FetchOptions options;
    private readonly HttpClient client;

    public SafeHttpFetcher(FetchOptions? options = null)
    {
        this.options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, null, cancellationToken);

    /// <summary>Fetches <paramref name="url"/>; with <paramref name="conditions"/> the request is
    /// conditional and a 304 answer comes back as <see cref="FetchResult.NotModified"/>.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, FetchConditions? conditions, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var current = url;
        try
        {
            for (int hop = 0; ; hop++)
            {
                if (current.Scheme is not ("http" or "https"))
                {
                    return FetchResult.Refused($"Only http and https URLs are fetched, not '{current.Scheme}:' ({current}).");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(options.UserAgent);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xhtml+xml"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
                AddConditions(request, conditions);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);

                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= options.MaxRedirects)
                    {
                        return FetchResult.Failed($"More than {options.MaxRedirects} redirects starting at {url}.");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                int status = (int)response.StatusCode;
                if (status == 304 && conditions is not null)
                {
                    return new FetchResult(null, null) { Status = status, NotModified = true, ETag = response.Headers.ETag?.ToString(), LastModified = LastModifiedOf(response) };
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FetchResult.Failed($"{current} answered HTTP {status} {response.ReasonPhrase}.") with
                    {
                        Status = status,
                        Transient = status is 408 or 429 || status >= 500,
                        RetryAfter = RetryAfterOf(response),
                    };
                }

                if (response.Content.Headers.ContentLength > options.MaxBytes)
                {
                    return FetchResult.Failed($"{current} is {response.Content.Headers.ContentLength:N0} bytes; the limit is {options.MaxBytes:N0}.");
                }

                await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                var body = await CappedStream.ReadAsync(stream, options.MaxBytes, timeout.Token).ConfigureAwait(false);
                if (body is null)
                {
                    return FetchResult.Failed($"{current} sent more than the limit of {options.MaxBytes:N0} bytes.");
                }

                string? contentType = response.Content.Headers.ContentType?.ToString();
                return new FetchResult(new RawInput(current.AbsoluteUri, body, contentType) { PageUrl = current.AbsoluteUri }, null)
                {
                    Status = status,
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = LastModifiedOf(response),
                };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"Fetching {current} took longer than {options.Timeout.TotalSeconds:0.#} s.") with { Transient = true };
        }
        catch (HttpRequestException ex) when (Find<UrlRefusedException>(ex) is { } refused)
        {
            return FetchResult.Refused(refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed($"Fetching {current} failed: {ex.Message}") with { Transient = true };
        }
        catch (IOException ex)
        {
            // The connection broke while the body was read.
            return FetchResult.Failed($"Reading {current} failed: {ex.Message}") with { Transient = true };
        }
    }

    private static void AddConditions(HttpRequestMessage request, FetchConditions? conditions)
    {
        if (conditions?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (conditions?.LastModified is { Length: > 0 } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }
    }

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Retry-After as a delay (it may be seconds or an HTTP date).</summary>
    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    public void Dispose() => client.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

        var allowed = options.AllowPrivate ? addresses : addresses.Where(a => AddressPolicy.WhyRefused(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            string why = addresses.Length == 0 ? "it has no address" : AddressPolicy.WhyRefused(addresses[0])!;
            throw new UrlRefusedException($"Refused to connect to {host}: {why}. Pass --allow-private to allow non-public addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is T t)
            {
                return t;
            }
        }

        return null;
    }
}
