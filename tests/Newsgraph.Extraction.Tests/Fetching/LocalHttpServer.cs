using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Newsgraph.Extraction.Tests.Fetching;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 for fetch tests: /page, /loop, /huge, /slow, /missing.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();

    public LocalHttpServer()
    {
        listener.Start();
        _ = AcceptLoopAsync();
    }

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{path}");

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
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
            catch (Exception)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                string requestLine = await reader.ReadLineAsync(stop.Token) ?? string.Empty;
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync(stop.Token)))
                {
                }

                string path = requestLine.Split(' ') is { Length: > 1 } parts ? parts[1] : "/";
                switch (path)
                {
                    case "/page":
                        await RespondAsync(stream, "200 OK", "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><body><p>Hello from the test server.</p></body></html>"));
                        break;
                    case "/redirect":
                        await WriteAsync(stream, "HTTP/1.1 302 Found\r\nLocation: /page\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        break;
                    case var p when p.StartsWith("/loop", StringComparison.Ordinal):
                        await WriteAsync(stream, $"HTTP/1.1 302 Found\r\nLocation: /loop{p.Length}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        break;
                    case "/huge":
                        // No Content-Length: the cap must trigger while streaming.
                        await WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
                        var block = new byte[64 * 1024];
                        block.AsSpan().Fill((byte)'a');
                        for (int i = 0; i < 64 && !stop.IsCancellationRequested; i++)
                        {
                            await stream.WriteAsync(block, stop.Token);
                        }

                        break;
                    case "/slow":
                        await Task.Delay(TimeSpan.FromSeconds(10), stop.Token);
                        break;
                    default:
                        await RespondAsync(stream, "404 Not Found", "text/plain", Encoding.UTF8.GetBytes("not found"));
                        break;
                }
            }
            catch (Exception)
            {
                // The client hung up (size cap, timeout) or the server is stopping.
            }
        }
    }

    private async Task RespondAsync(NetworkStream stream, string status, string contentType, byte[] body)
    {
        await WriteAsync(stream, $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(body, stop.Token);
    }

    private Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text), stop.Token).AsTask();
}
