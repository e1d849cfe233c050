using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Fetching;

/// <summary>Either the fetched page as raw input, or the coded error that says why not. With
/// <see cref="FetchConditions"/> a third outcome exists: <see cref="NotModified"/> (neither set).</summary>
public sealed record FetchResult(RawInput? Input, Diagnostic? Error)
{
    /// <summary>HTTP status of the last hop, when a response arrived.</summary>
    public int? Status { get; init; }

    /// <summary>Worth trying again later: a timeout, a connection failure, HTTP 429 or a 5xx.</summary>
    public bool Transient { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After), if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The server answered 304 to a conditional request: the cached copy is current.</summary>
    public bool NotModified { get; init; }

    /// <summary>Validators of the fetched body, for the next conditional request.</summary>
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public static FetchResult Refused(string message) => new(null, Diagnostic.Error(DiagnosticCodes.UrlRefused, message));

    public static FetchResult Failed(string message) => new(null, Diagnostic.Error(DiagnosticCodes.FetchFailed, message));
}

/// <summary>Validators from an earlier fetch, sent as If-None-Match / If-Modified-Since.</summary>
public sealed record FetchConditions(string? ETag, string? LastModified);
