namespace Newsgraph.Server.Api;

/// <summary>Every 4xx/5xx body: a stable machine code and a sentence for a person.</summary>
public sealed record ApiError(string Error, string Message);

/// <summary>The JSON body of <c>POST /api/analyze</c> and <c>POST /api/articles</c>: exactly one of
/// html, text or url.</summary>
public sealed record AnalyzeRequest
{
    public string? Html { get; init; }

    public string? Text { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication date (yyyy-MM-dd) to use when the page gives none.</summary>
    public string? Published { get; init; }
}

/// <summary>What <c>POST /api/articles</c> stored.</summary>
public sealed record IngestResponse(long Ingested, long Skipped, long Duplicates, long Revisions, long Failed, IReadOnlyList<string> Problems);

/// <summary>A page of items (quotes, claims, events) drawn from the articles matching a search;
/// <see cref="Articles"/> is how many articles match, <see cref="Offset"/>/<see cref="Limit"/> page
/// over those articles.</summary>
public sealed record ItemPage<T>(long Articles, int Offset, int Limit, IReadOnlyList<T> Items);

public sealed record QuoteItem(string ArticleId, string? Published, string? Title, string Id, string Kind, string Text, string? Speaker, string? SpeakerName, string? Cue);

public sealed record ClaimSourceItem(string? Entity, string? Name, string Text, string? Kind);

public sealed record ClaimItem(string ArticleId, string? Published, string? Title, string Id, string Text, string Status, bool Hedged, IReadOnlyList<ClaimSourceItem> Sources);

public sealed record EventItem(string ArticleId, string? Published, string? Title, string Id, string Type, string? Mode, string Modality, IReadOnlyList<string> Source, IReadOnlyList<string> Target, string Sentence);

/// <summary>One server-sent event of the article stream.</summary>
public sealed record ArticleNotice(string Id, string? Title, string? Published, string? StoryId);
