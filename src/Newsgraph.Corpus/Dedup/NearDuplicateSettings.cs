namespace Newsgraph.Corpus.Dedup;

/// <summary>
/// Thresholds of near-duplicate detection. Defaults are tuned to syndication: a wire story that a
/// site republishes with its own headline, a trimmed or added paragraph, a byline or a correction.
/// </summary>
public sealed record NearDuplicateSettings
{
    /// <summary>Words per shingle. Five-word shingles are specific enough that two different
    /// articles about the same event (shared names, shared quotes) rarely share many, while an edit
    /// only breaks the five shingles that overlap it.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>Estimated Jaccard similarity of shingle sets at or above which two articles are copies.
    /// A copy with one paragraph added to ten keeps ~0.9; a copy cut to half its length still
    /// ~0.5 — we take 0.6 so that rewrites which share a long quoted passage (Jaccard ~0.2-0.4) stay
    /// separate, at the cost of missing copies trimmed to under ~60% of the original.</summary>
    public double JaccardThreshold { get; init; } = 0.6;

    /// <summary>Number of LSH bands. With <see cref="RowsPerBand"/> rows each this fixes the MinHash
    /// signature length (bands × rows = 64 values, 256 bytes an article: ~256 MB for a million).</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Rows per band. 16 × 4 makes a pair with Jaccard 0.6 a candidate with probability
    /// 1-(1-0.6^4)^16 ≈ 0.89 and 0.8 with ≈ 0.9999, while a pair at 0.2 is one in 40 — so almost
    /// every true copy is examined and few non-copies are.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>Texts with fewer words than this are compared only exactly: a two-line brief has too
    /// few shingles for a similarity estimate to mean anything.</summary>
    public int MinWordsForNearMatch { get; init; } = 20;

    /// <summary>Largest LSH bucket examined per band. A bucket only grows past this for boilerplate
    /// shared by many pages (a cookie notice); skipping it bounds the time of one add.</summary>
    public int MaxBucketScan { get; init; } = 256;

    public static NearDuplicateSettings Default { get; } = new();
}
