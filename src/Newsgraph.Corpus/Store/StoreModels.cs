using Newsgraph.Core.Report;

namespace Newsgraph.Corpus.Store;

/// <summary>An article as the ingest loop hands it to the store.</summary>
/// <param name="Id">Stable article id (kept from JSONL; derived from the URL otherwise).</param>
/// <param name="CanonicalUrl">Normalised URL: the identity under which revisions are kept.</param>
/// <param name="ContentHash">SHA-256 of the normalised text (see <see cref="Dedup.ContentHash"/>).</param>
/// <param name="DuplicateOf">Id of the first article this one copies (its duplicate group), or null.</param>
/// <param name="StoryId">Story the article belongs to, or null (no text to cluster).</param>
/// <param name="EntityKeys">Keys the story clusterer used, kept so a restarted run rebuilds the same index.</param>
/// <param name="StoredReport">The report as stored (<see cref="SerialiseWithoutText"/>), serialised
/// beforehand off the writer thread; null: the store serialises it.</param>
public sealed record NewArticle(
    string Id,
    string CanonicalUrl,
    string SourceUri,
    string SourceSha256,
    string ContentHash,
    int Revision,
    AnalysisReport Report,
    string? DuplicateOf,
    string? StoryId,
    IReadOnlyList<string> EntityKeys,
    string? StoredReport = null)
{
    /// <summary>The knowledge rows, built beforehand off the writer thread; null: the store builds them.</summary>
    public PreparedKnowledge? Knowledge { get; init; }

    /// <summary>The text's duplicate fingerprint, computed off the writer thread; null: the store
    /// computes it (a store with its own duplicate index records every article with text).</summary>
    public Dedup.DuplicateFingerprint? Fingerprint { get; init; }

    /// <summary>What the store's duplicate index matched for <see cref="Fingerprint"/> before the
    /// insert; null: the store matches it itself.</summary>
    public Dedup.DuplicateMatch? DuplicateMatch { get; init; }

    /// <summary>The report JSON with <c>article.text</c> emptied: the text is stored once, in its own
    /// column, and put back when the report is read.</summary>
    public static string SerialiseWithoutText(AnalysisReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportJson.Serialize(report with { Article = report.Article with { Text = "" } });
    }
}

/// <summary>An article already in the store, as the in-memory indexes need it back.</summary>
public sealed record KnownArticle(
    long Sequence,
    string Id,
    string? Title,
    string Text,
    string? Published,
    int Revision,
    string? DuplicateOf,
    string? StoryId,
    IReadOnlyList<string> EntityKeys);

/// <summary>The latest revision stored at a canonical URL.</summary>
public sealed record UrlRevision(string Id, int Revision, string ContentHash, string? StoryId);

/// <summary>An article's stored fields (export, story members, search hits).</summary>
public sealed record StoredArticle(
    string Id,
    string? Url,
    string? Site,
    string? Title,
    string? Published,
    string? Language,
    int Revision,
    string? DuplicateOf,
    string? StoryId,
    string Text);

public sealed record CorpusCounts(long Articles, long LatestArticles, long Duplicates, long Stories, long Entities, int SchemaVersion);
