namespace Newsgraph.Server;

/// <summary>How <c>newsgraph serve</c> runs. Every limit is named here with why it has its value.</summary>
public sealed record ServerOptions
{
    /// <summary>The corpus database (created when missing).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Addresses Kestrel listens on; loopback by default so a fresh install is not public.
    /// Port 0 picks a free port (tests).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The key write endpoints require (header <c>X-Api-Key</c> or <c>Authorization: Bearer</c>).
    /// Null: write endpoints are refused outright, never open.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body. A news page is rarely above 2 MiB; 16 MiB matches the CLI's
    /// default <c>--max-bytes</c> so anything `analyze` takes, the server takes.</summary>
    public long MaxRequestBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Requests per client address per window. Generous for a person and a script, tight
    /// enough that one client cannot monopolise the 2 cores with analyses.</summary>
    public int RateLimitPermits { get; init; } = 6000;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Analyses (CPU-heavy) per client address per window, on top of the general limit.</summary>
    public int AnalyzePermits { get; init; } = 60;

    /// <summary>Concurrent server-sent-event clients. Each holds a connection and a little memory;
    /// beyond this a new client gets 503 with Retry-After rather than exhausting the process.</summary>
    public int MaxStreamClients { get; init; } = 100;

    /// <summary>Open connections Kestrel accepts at once; beyond it a new connection is closed
    /// unanswered. Each costs a socket descriptor and a few KB, so this bounds memory and keeps the
    /// process under its descriptor limit (the runtime raises it to the hard limit, often 20,000 or
    /// more) when thousands of clients connect; it is far above ordinary use, so a stream client
    /// over <see cref="MaxStreamClients"/> still gets its 503 rather than a closed socket.</summary>
    public long MaxConnections { get; init; } = 15_000;

    /// <summary>How often the article stream looks for newly ingested articles.</summary>
    public TimeSpan StreamPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Allow URL analysis of loopback/private addresses (off: the server must not become a
    /// way to reach the network it sits in).</summary>
    public bool AllowPrivateUrls { get; init; }

    /// <summary>Read-only database connections (the store serialises queries per connection).</summary>
    public int ReadConnections { get; init; } = Math.Max(2, Environment.ProcessorCount);
}
