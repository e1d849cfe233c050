namespace Newsgraph.Corpus.Store;

/// <summary>
/// A search: full-text words and "quoted phrases" (all must match; ranked by BM25 over title and
/// text), narrowed by filters that all must hold. Every filter is optional; with no text the newest
/// articles come first.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }

    /// <summary>An entity's name or alias (case-insensitive, exact).</summary>
    public string? Entity { get; init; }

    /// <summary>Site name or host as the report gives it (case-insensitive).</summary>
    public string? Site { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? EventType { get; init; }

    /// <summary>Name of a quote's speaker (entity name/alias or the speaker text).</summary>
    public string? Speaker { get; init; }

    /// <summary>A claim status, e.g. "asserted", "disputed".</summary>
    public string? ClaimStatus { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }

    /// <summary>Count the best matches per site, entity and event type.</summary>
    public bool Facets { get; init; } = true;

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Text) && Entity is null && Site is null && From is null && To is null
        && EventType is null && Speaker is null && ClaimStatus is null;
}

/// <summary>One page of search hits, the total count and the facets.</summary>
/// <remarks>Facets count the best-ranked 500 matches (all of them when there are fewer). With
/// filters, a total above 10,000 is not counted to the end: <see cref="TotalIsLowerBound"/> then says
/// there are at least that many.</remarks>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    public bool TotalIsLowerBound { get; init; }
}

public sealed record SearchHit(string Id, string? Title, string? Site, string? Published, string? Url, string? StoryId, double Score, string Snippet);

public sealed record SearchFacets(IReadOnlyList<FacetCount> Sites, IReadOnlyList<FacetCount> Entities, IReadOnlyList<FacetCount> EventTypes)
{
    public static SearchFacets None { get; } = new([], [], []);
}

public sealed record FacetCount(string Value, long Count);
