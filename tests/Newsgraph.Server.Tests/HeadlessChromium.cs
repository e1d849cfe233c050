using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Newsgraph.Server.Tests;

/// <summary>
/// Headless Chromium driven over the DevTools protocol (a WebSocket; no browser download, no
/// Playwright driver): open a page, evaluate script in it, take a screenshot.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly ClientWebSocket socket = new();
    private readonly string profile;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> pending = new();
    private readonly CancellationTokenSource stop = new();
    private Task? receiving;
    private string? session;
    private int nextId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>The browser executable, or null when this machine has none.</summary>
    public static string? Find() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public static async Task<HeadlessChromium> StartAsync(string executable)
    {
        string profile = Path.Combine(Path.GetTempPath(), "newsgraph-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1280,900", "about:blank" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var browser = new HeadlessChromium(process, profile);
        using var timeout = new CancellationTokenSource(CommandTimeout);
        string? url = null;
        while (url is null && await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            int at = line.IndexOf("ws://", StringComparison.Ordinal);
            if (line.Contains("DevTools listening", StringComparison.Ordinal) && at >= 0)
            {
                url = line[at..].Trim();
            }
        }

        if (url is null)
        {
            await browser.DisposeAsync();
            throw new InvalidOperationException("chromium did not report its DevTools address");
        }

        _ = Task.Run(async () =>
        {
            // keep draining stderr so chromium never blocks on a full pipe
            while (await process.StandardError.ReadLineAsync() is not null)
            {
            }
        });
        await browser.socket.ConnectAsync(new Uri(url), timeout.Token);
        browser.receiving = Task.Run(browser.ReceiveLoopAsync);
        var target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        browser.session = attached["sessionId"]!.GetValue<string>();
        await browser.SendAsync("Page.enable", []);
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1280, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        return browser;
    }

    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        var deadline = DateTime.UtcNow + CommandTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var state = await EvaluateAsync("document.readyState + ' ' + location.href");
            if (state.GetValue<string>() == "complete " + url)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("page did not load: " + url);
    }

    public async Task<JsonNode> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } error)
        {
            throw new InvalidOperationException("script failed: " + error.ToJsonString());
        }

        return result["result"]!["value"] ?? JsonValue.Create(string.Empty)!;
    }

    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = false });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(result["data"]!.GetValue<string>()));
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters, bool browserLevel = false)
    {
        int id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (!browserLevel && session is not null)
        {
            message["sessionId"] = session;
        }

        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, stop.Token);
        var answer = await reply.Task.WaitAsync(CommandTimeout);
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        }

        return answer["result"] ?? new JsonObject();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
            {
                var part = await socket.ReceiveAsync(buffer, stop.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray());
                message.SetLength(0);
                if (node?["id"] is { } id && pending.TryRemove(id.GetValue<int>(), out var reply))
                {
                    reply.SetResult(node);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // closing
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (receiving is not null)
        {
            await receiving;
        }

        socket.Dispose();
        try
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        process.Dispose();
        stop.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium may still be flushing its profile; temp space is reclaimed anyway
        }
    }
}
