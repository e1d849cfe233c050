using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Fetching;

/// <summary>Limits and identity for fetching one page.</summary>
public sealed record FetchOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body accepted (after decompression); the body is streamed and cut off here.</summary>
    public long MaxBytes { get; init; } = InputLimits.Default.MaxInputBytes;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow loopback, private and link-local addresses (tests, intranet use). Off by default: a
    /// fetch service must not be turned against its own network.</summary>
    public bool AllowPrivate { get; init; }

    public string UserAgent { get; init; } = "Newsgraph/0.1 (+https://github.com/newsgraph)";
}
