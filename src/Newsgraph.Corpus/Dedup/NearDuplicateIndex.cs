using Newsgraph.Corpus.Text;

namespace Newsgraph.Corpus.Dedup;

/// <summary>
/// Folds exact and near-duplicate articles (syndicated wire copies) onto the first copy seen, its
/// canonical. Exact copies are found by <see cref="ContentHash"/>-style hashing of the normalised
/// text; near copies by MinHash over word shingles with LSH banding, so an add examines only the few
/// articles that share a band (constant work per article however large the index grows).
/// Not thread-safe; one instance per ingest stream.
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly NearDuplicateSettings settings;
    private readonly MinHasher hasher;
    private readonly Dictionary<ulong, int> exact = [];
    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<string> ids = [];
    private readonly List<int> canonicalOf = [];
    private readonly List<uint[]?> signatures = [];
    private readonly Dictionary<string, int> indexOfId = new(StringComparer.Ordinal);

    public NearDuplicateIndex(NearDuplicateSettings? settings = null)
    {
        this.settings = settings ?? NearDuplicateSettings.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(this.settings.Bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(this.settings.RowsPerBand, 1);
        hasher = new MinHasher(this.settings.Bands * this.settings.RowsPerBand, this.settings.ShingleWords);
    }

    public int Count => ids.Count;

    /// <summary>The thresholds this index compares with (a stored index shares them).</summary>
    public NearDuplicateSettings Settings => settings;

    /// <summary>
    /// Adds an article. Returns the canonical id of an earlier article it duplicates (exactly or
    /// nearly), or null when it is new — it then becomes a canonical for later copies. Adding an id
    /// twice returns the canonical recorded the first time.
    /// </summary>
    public string? Add(string articleId, string text) => Add(articleId, Fingerprint(text));

    /// <summary>
    /// What <see cref="Add(string, DuplicateFingerprint)"/> compares: a pure function of the text
    /// (thread-safe), so ingest computes it on the analysis workers and the single writer only
    /// looks it up.
    /// </summary>
    public DuplicateFingerprint Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FingerprintOfNormalized(TextNormalizer.Normalize(text));
    }

    /// <summary>As <see cref="Fingerprint"/>, of a text already folded by <see cref="TextNormalizer"/>.</summary>
    internal DuplicateFingerprint FingerprintOfNormalized(string normalized)
    {
        ulong exactKey = StableHash.Combine(StableHash.Of(normalized), (ulong)normalized.Length);
        var words = MinHasher.WordHashes(normalized);
        return new DuplicateFingerprint(exactKey, words.Length < settings.MinWordsForNearMatch ? null : hasher.Signature(words));
    }

    /// <summary>Adds an article by its fingerprint (see <see cref="Add(string, string)"/>).</summary>
    public string? Add(string articleId, DuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (indexOfId.TryGetValue(articleId, out int known))
        {
            int canonical = canonicalOf[known];
            return canonical == known ? null : ids[canonical];
        }

        int index = ids.Count;
        if (exact.TryGetValue(fingerprint.ExactKey, out int same))
        {
            return Record(articleId, index, canonicalOf[same], signature: null);
        }

        exact[fingerprint.ExactKey] = index;
        if (fingerprint.Signature is not { } signature || signature.Length != settings.Bands * settings.RowsPerBand)
        {
            return Record(articleId, index, index, signature: null);
        }

        int match = BestCandidate(signature);
        int result = match >= 0 ? canonicalOf[match] : index;
        AddToBuckets(signature, index);
        return Record(articleId, index, result, signature);
    }

    /// <summary>The canonical id of an added article (itself when it is not a copy), or null when unknown.</summary>
    public string? CanonicalOf(string articleId) =>
        indexOfId.TryGetValue(articleId, out int i) ? ids[canonicalOf[i]] : null;

    private string? Record(string articleId, int index, int canonical, uint[]? signature)
    {
        ids.Add(articleId);
        canonicalOf.Add(canonical);
        signatures.Add(signature);
        indexOfId[articleId] = index;
        return canonical == index ? null : ids[canonical];
    }

    private int BestCandidate(uint[] signature)
    {
        int best = -1;
        double bestJaccard = settings.JaccardThreshold;
        var seen = new HashSet<int>();
        for (int band = 0; band < settings.Bands; band++)
        {
            if (!buckets.TryGetValue(BandKey(settings, signature, band), out var members) || members.Count > settings.MaxBucketScan)
            {
                continue;
            }

            foreach (int candidate in members)
            {
                if (!seen.Add(candidate))
                {
                    continue;
                }

                if (IsBetter(signature, signatures[candidate]!, candidate, best, ref bestJaccard))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    /// <summary>Whether a candidate beats the best so far: the highest estimated Jaccard at or above
    /// the threshold, the earliest added on a tie (so the outcome does not depend on bucket order).</summary>
    internal static bool IsBetter(uint[] signature, uint[] candidateSignature, long candidate, long best, ref double bestJaccard)
    {
        double jaccard = MinHasher.EstimateJaccard(signature, candidateSignature);
        if (jaccard >= bestJaccard && (best < 0 || jaccard > bestJaccard || candidate < best))
        {
            bestJaccard = jaccard;
            return true;
        }

        return false;
    }

    private void AddToBuckets(uint[] signature, int index)
    {
        for (int band = 0; band < settings.Bands; band++)
        {
            ulong key = BandKey(settings, signature, band);
            if (!buckets.TryGetValue(key, out var members))
            {
                members = [];
                buckets[key] = members;
            }

            if (members.Count <= settings.MaxBucketScan)
            {
                members.Add(index);
            }
        }
    }

    /// <summary>The LSH bucket key of one band of a signature (a stored index keys its buckets the same way).</summary>
    internal static ulong BandKey(NearDuplicateSettings settings, uint[] signature, int band)
    {
        ulong key = (ulong)band;
        int start = band * settings.RowsPerBand;
        for (int r = 0; r < settings.RowsPerBand; r++)
        {
            key = StableHash.Combine(key, signature[start + r]);
        }

        return key;
    }
}

/// <summary>A text's duplicate identity: the hash of its normalised form (exact copies) and its
/// MinHash signature (near copies; null for a text too short to compare).</summary>
public sealed record DuplicateFingerprint(ulong ExactKey, uint[]? Signature);
