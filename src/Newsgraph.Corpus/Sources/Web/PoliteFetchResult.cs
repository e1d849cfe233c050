using Newsgraph.Core.Input;

namespace Newsgraph.Corpus.Sources.Web;

public enum PoliteFetchOutcome
{
    Fetched,

    /// <summary>304 to a conditional request: nothing new at this URL.</summary>
    NotModified,

    /// <summary>robots.txt forbids the URL (or could not be read, which RFC 9309 treats the same).</summary>
    Disallowed,

    /// <summary>The safe fetcher refused the address (private, loopback, not http).</summary>
    Refused,

    Failed,
}

/// <summary>What a polite fetch came to; <see cref="Message"/> says why when nothing was fetched.</summary>
public sealed record PoliteFetchResult(PoliteFetchOutcome Outcome, RawInput? Input, string? Message, DateTimeOffset FetchedAt, int Attempts);
