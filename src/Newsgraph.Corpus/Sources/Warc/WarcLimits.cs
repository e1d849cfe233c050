namespace Newsgraph.Corpus.Sources.Warc;

/// <summary>Caps that keep one hostile or broken archive from costing unbounded memory or time.</summary>
public sealed record WarcLimits
{
    /// <summary>Largest record block (HTTP headers + body) read into memory. CC-NEWS response records
    /// are a few hundred KB; Common Crawl truncates payloads at 1 MiB (WARC-Truncated: length), so
    /// 32 MiB only refuses what is not a news page.</summary>
    public long MaxRecordBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Longest WARC or HTTP header block. Real ones are under 4 KB; cookies and CSP headers
    /// can push HTTP blocks to tens of KB.</summary>
    public int MaxHeaderBytes { get; init; } = 256 * 1024;

    /// <summary>Largest HTTP body after content decoding (gzip, deflate, br, chunked): the gzip-bomb
    /// bound. Matches the extraction stage's default input cap.</summary>
    public long MaxBodyBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Bytes scanned for the next record after a corrupt or refused one before the rest of
    /// the file is given up: a record we refuse to hold may still be skipped, a hostile stream of
    /// endless garbage may not hold the reader for ever.</summary>
    public long MaxResyncBytes { get; init; } = 1L << 30;
}
