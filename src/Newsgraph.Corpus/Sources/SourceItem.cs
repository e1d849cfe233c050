namespace Newsgraph.Corpus.Sources;

/// <summary>
/// One item an ingest source yields: either raw page bytes to analyse (a file, a WARC response
/// record, a fetched URL) or an article already extracted elsewhere (a JSONL line). Sources only
/// read; the ingest loop analyses and stores.
/// </summary>
public sealed record SourceItem
{
    /// <summary>Where the item came from (file:…, https://…, warc:file#record).</summary>
    public required string Uri { get; init; }

    /// <summary>The raw body, or empty when <see cref="Extracted"/> is set.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>Content type from HTTP headers or the file name, if known.</summary>
    public string? ContentType { get; init; }

    /// <summary>Charset declared by the transport (HTTP header), if any.</summary>
    public string? DeclaredCharset { get; init; }

    /// <summary>When the page was fetched or archived, if known.</summary>
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>An article already extracted upstream (JSONL input); null for raw pages.</summary>
    public PreExtractedArticle? Extracted { get; init; }

    /// <summary>The source knows an earlier run stored this item (a listed page URL that was not
    /// fetched again); it has no body and the ingest loop counts it as skipped.</summary>
    public bool AlreadyStored { get; init; }
}

/// <summary>An already-extracted article as JSONL ingest reads it; its <see cref="Id"/> is kept.</summary>
public sealed record PreExtractedArticle(string Id, string? Title, string Text, string? Published, string? Source, string? Url);

/// <summary>A source of items to ingest: a folder, a JSONL file, a feed, a sitemap, a WARC archive.</summary>
public interface IIngestSource
{
    /// <summary>Yields items; a bad item yields a diagnostic through <paramref name="problems"/> and is skipped, never ends the run.</summary>
    IAsyncEnumerable<SourceItem> ReadAsync(IProgress<SourceProblem> problems, CancellationToken cancellationToken);
}

/// <summary>Why one item of a source could not be read (the run goes on).</summary>
public sealed record SourceProblem(string Uri, string Message);
