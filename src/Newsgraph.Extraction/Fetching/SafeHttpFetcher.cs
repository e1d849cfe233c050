using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Fetching;

/// <summary>
/// Fetches one page over HTTP(S) without letting the URL reach the local network (SSRF): only
/// http/https, every host resolved here and every address checked (<see cref="AddressClassifier"/>),
/// the connection made to the checked address (so DNS rebinding cannot swap it), redirects followed
/// by hand and re-checked at every hop, the body streamed and cut at the size cap, and one timeout
/// for the whole fetch. Asks for identity encoding; a gzip body anyway is inflated later by the
/// input decoder under its own cap.
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
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = ConnectAsync,
            ConnectTimeout = this.options.Timeout,
            MaxResponseHeadersLength = 64,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var current = url;
        try
        {
            for (int hop = 0; ; hop++)
            {
                if (SchemeProblem(current) is { } problem)
                {
                    return FetchResult.Refused(problem);
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(options.UserAgent);
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("identity"));
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= options.MaxRedirects)
                    {
                        return FetchResult.Failed($"Too many redirects (more than {options.MaxRedirects}) fetching {url}.");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (status >= 400)
                {
                    return FetchResult.Failed($"{current} answered HTTP {status} {response.ReasonPhrase}.");
                }

                if (response.Content.Headers.ContentLength is long declared && declared > options.MaxBytes)
                {
                    return FetchResult.Failed(TooLarge(current, declared));
                }

                var body = await ReadCappedAsync(response.Content, timeout.Token).ConfigureAwait(false);
                if (body is null)
                {
                    return FetchResult.Failed(TooLarge(current, null));
                }

                string? contentType = response.Content.Headers.ContentType?.ToString();
                return FetchResult.Ok(new RawInput(current.AbsoluteUri, body, contentType) { PageUrl = current.AbsoluteUri });
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"Fetching {current} took longer than {options.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex) when (Refusal(ex) is { } refusal)
        {
            return FetchResult.Refused(refusal.Message);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed($"Fetching {current} failed: {ex.Message}");
        }
        catch (UrlRefusedException ex)
        {
            return FetchResult.Refused(ex.Message);
        }
    }

    public void Dispose() => client.Dispose();

    private static string? SchemeProblem(Uri url) =>
        !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            ? $"Only http and https URLs can be fetched, not '{url}'."
            : null;

    private string TooLarge(Uri url, long? declared) =>
        $"The body of {url} is larger than the {options.MaxBytes:N0}-byte limit{(declared is { } d ? $" ({d:N0} bytes declared)" : string.Empty)}.";

    private static UrlRefusedException? Refusal(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is UrlRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>Reads the body up to the cap; null when it is longer.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Resolves the host here, refuses non-public addresses, and connects to a checked address.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} did not resolve to any address.");
        }

        if (!options.AllowPrivate)
        {
            foreach (var address in addresses)
            {
                if (AddressClassifier.NonPublicReason(address) is { } reason)
                {
                    throw new UrlRefusedException($"Refused to fetch from {host}: it resolves to {address}, a {reason} address (set AllowPrivate to permit this).");
                }
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(addresses[0], context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
