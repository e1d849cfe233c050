using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Newsgraph.TestSupport;

/// <summary>A canned HTTP response from <see cref="LoopbackHttpServer"/>.</summary>
public sealed record CannedResponse(int Status, string Body, string ContentType = "text/html; charset=utf-8")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Pause before answering, to test time limits.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Bytes to stream after the body without a Content-Length, to test size caps.</summary>
    public long EndlessBytes { get; init; }
}

/// <summary>One request as <see cref="LoopbackHttpServer"/> saw it: the path and the header fields.</summary>
public sealed record LoopbackRequest(string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, answering each path from a routing
/// function. Only for tests: it never listens beyond loopback.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<LoopbackRequest, CannedResponse> route;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LoopbackHttpServer(Func<string, CannedResponse> route)
        : this((LoopbackRequest request) => route(request.Path))
    {
    }

    private LoopbackHttpServer(Func<LoopbackRequest, CannedResponse> route)
    {
        this.route = route;
        listener.Start();
        loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>A server whose routing also sees the request headers (conditional GET tests). A
    /// factory rather than a constructor overload, so lambdas given to the constructor stay unambiguous.</summary>
    public static LoopbackHttpServer WithRequests(Func<LoopbackRequest, CannedResponse> route) => new(route);

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream);
                var response = route(request);
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, stop.Token);
                }

                var body = Encoding.UTF8.GetBytes(response.Body);
                var head = new StringBuilder($"HTTP/1.1 {response.Status} Canned\r\nContent-Type: {response.ContentType}\r\nConnection: close\r\n");
                if (response.EndlessBytes == 0)
                {
                    head.Append($"Content-Length: {body.Length}\r\n");
                }

                foreach (var (name, value) in response.Headers)
                {
                    head.Append($"{name}: {value}\r\n");
                }

                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), stop.Token);
                await stream.WriteAsync(body, stop.Token);
                var filler = new byte[64 * 1024];
                Array.Fill(filler, (byte)'a');
                for (long sent = 0; sent < response.EndlessBytes; sent += filler.Length)
                {
                    await stream.WriteAsync(filler, stop.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (as a size cap or timeout should make it do).
            }
        }
    }

    private static async Task<LoopbackRequest> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        int total = 0;
        while (total < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(total));
            if (read == 0)
            {
                break;
            }

            total += read;
            if (Encoding.ASCII.GetString(buffer, 0, total).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        var lines = Encoding.ASCII.GetString(buffer, 0, total).Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Length > 0))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new LoopbackRequest(parts.Length > 1 ? parts[1] : "/", headers);
    }
}
