namespace Newsgraph.Corpus.Dedup;

/// <summary>
/// A near-duplicate index kept in the store beside the articles (exact keys, LSH band buckets and
/// signatures as rows), so a run looks up only the few articles that share a band with a new one
/// instead of loading every stored signature at start. Same decisions as
/// <see cref="NearDuplicateIndex"/> fed the stored articles in commit order: a writer records each
/// article in the transaction that stores it, so every process sees the same index and a
/// rolled-back batch leaves nothing behind. Two steps because the match decides the article's row
/// (its duplicate group, its story) and the record needs the row's sequence number.
/// </summary>
public interface IStoredDuplicates
{
    /// <summary>The stored article this fingerprint copies (exactly or nearly), or a no-match.</summary>
    DuplicateMatch Match(DuplicateFingerprint fingerprint);

    /// <summary>Adds the article stored as <paramref name="sequence"/> with the match
    /// <see cref="Match"/> returned for it: later articles are compared with it.</summary>
    void Record(long sequence, DuplicateFingerprint fingerprint, DuplicateMatch match);
}

/// <summary>What a stored index found for a fingerprint.</summary>
/// <param name="Exact">True when a stored text is the same once normalised (the article then adds no
/// exact key, band or signature of its own: its canonical's stand for it).</param>
/// <param name="CanonicalSequence">The canonical article (first copy) it folds onto, or null.</param>
/// <param name="CanonicalId">That article's id, or null.</param>
public sealed record DuplicateMatch(bool Exact, long? CanonicalSequence, string? CanonicalId)
{
    public static DuplicateMatch None { get; } = new(false, null, null);
}
