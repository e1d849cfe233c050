using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Dedup;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The near-duplicate index as rows (migration 5): <c>dedup_exact</c> (normalised-text hash → the
/// first article with it), <c>dedup_bands</c> (LSH band key → up to
/// <see cref="NearDuplicateSettings.MaxBucketScan"/> + 1 articles, the first ones, as in memory) and
/// <c>dedup_members</c> (each indexed article's canonical and MinHash signature). A lookup reads
/// one exact key, 16 band prefixes and the signatures of the few candidates: constant work however
/// large the corpus, and nothing loaded at start (the in-memory index held ~1 KB an article and was
/// rebuilt from every stored text by each run). Decisions are <see cref="NearDuplicateIndex"/>'s:
/// same candidates, same threshold, the earliest article (lowest sequence) on a tie. In a bulk load
/// (<paramref name="deferred"/>) new rows go to memory and lookups read both: the rows are written
/// later in one sorted pass (<see cref="DeferredDuplicateRows"/>).
/// </summary>
internal sealed class SqliteStoredDuplicates(Func<string, SqliteCommand> command, NearDuplicateSettings settings, DeferredDuplicateRows? deferred = null) : IStoredDuplicates
{
    /// <summary>The last fingerprint matched and its buckets' sizes, until the next record.</summary>
    private (DuplicateFingerprint? Fingerprint, Dictionary<long, int>? Sizes) matched;

    private string? bucketsSql;

    private int SignatureLength => settings.Bands * settings.RowsPerBand;

    public DuplicateMatch Match(DuplicateFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var exact = command("SELECT m.canonical_seq FROM dedup_exact e JOIN dedup_members m ON m.seq = e.seq WHERE e.key = $k");
        exact.Parameters["$k"].Value = unchecked((long)fingerprint.ExactKey);
        if (exact.ExecuteScalar() is { } same)
        {
            long canonical = Convert.ToInt64(same, CultureInfo.InvariantCulture);
            return new DuplicateMatch(true, canonical, IdOf(canonical));
        }

        if (deferred?.ExactSeq(unchecked((long)fingerprint.ExactKey)) is { } first && deferred.Member(first) is (_, long firstCanonical))
        {
            return new DuplicateMatch(true, firstCanonical, IdOf(firstCanonical));
        }

        if (fingerprint.Signature is not { } signature || signature.Length != SignatureLength)
        {
            return DuplicateMatch.None;
        }

        var keys = BandKeys(signature);
        var sizes = BucketSizes(keys, out var members);
        long best = -1;
        long bestCanonical = -1;
        double bestJaccard = settings.JaccardThreshold;
        var seen = new HashSet<long>();
        foreach (var (key, candidate) in members)
        {
            // a bucket past the scan limit is boilerplate shared by many pages: skipped, as in memory
            // (the best candidate does not depend on the order they are looked at)
            if (sizes[key] <= settings.MaxBucketScan && seen.Add(candidate) && Member(candidate) is ({ } stored, long canonical)
                && NearDuplicateIndex.IsBetter(signature, stored, candidate, best, ref bestJaccard))
            {
                best = candidate;
                bestCanonical = canonical;
            }
        }

        matched = (fingerprint, sizes);
        return best < 0 ? DuplicateMatch.None : new DuplicateMatch(false, bestCanonical, IdOf(bestCanonical));
    }

    public void Record(long sequence, DuplicateFingerprint fingerprint, DuplicateMatch match)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(match);
        uint[]? kept = null;
        if (!match.Exact)
        {
            if (deferred is not null)
            {
                deferred.AddExact(unchecked((long)fingerprint.ExactKey), sequence);
            }
            else
            {
                var exact = command("INSERT OR IGNORE INTO dedup_exact(key, seq) VALUES ($k, $s)");
                exact.Parameters["$k"].Value = unchecked((long)fingerprint.ExactKey);
                exact.Parameters["$s"].Value = sequence;
                exact.ExecuteNonQuery();
            }

            if (fingerprint.Signature is { } signature && signature.Length == SignatureLength)
            {
                kept = signature;

                // the bucket sizes Match just read, when nothing was recorded since (the usual
                // match-then-record of one article); otherwise they are counted again
                AddToBuckets(signature, sequence, ReferenceEquals(matched.Fingerprint, fingerprint) ? matched.Sizes : null);
            }
        }

        if (deferred is not null)
        {
            deferred.AddMember(sequence, match.CanonicalSequence ?? sequence, kept);
        }
        else
        {
            var member = command("INSERT INTO dedup_members(seq, canonical_seq, signature) VALUES ($s, $c, $sig)");
            member.Parameters["$s"].Value = sequence;
            member.Parameters["$c"].Value = match.CanonicalSequence ?? sequence;
            member.Parameters["$sig"].Value = kept is null ? DBNull.Value : ToBytes(kept);
            member.ExecuteNonQuery();
        }

        matched = default;
    }

    private long[] BandKeys(uint[] signature)
    {
        var keys = new long[settings.Bands];
        for (int band = 0; band < keys.Length; band++)
        {
            keys[band] = unchecked((long)NearDuplicateIndex.BandKey(settings, signature, band));
        }

        return keys;
    }

    /// <summary>The members of the signature's buckets (one statement for all bands; a bucket never
    /// holds more than one past the scan limit, so this is bounded) and each bucket's size.</summary>
    private Dictionary<long, int> BucketSizes(long[] keys, out List<(long Key, long Seq)> members)
    {
        var bucket = command(bucketsSql ??= "SELECT band_key, seq FROM dedup_bands WHERE band_key IN ("
            + string.Join(", ", Enumerable.Range(0, settings.Bands).Select(b => "$b" + b.ToString(CultureInfo.InvariantCulture))) + ")");
        var sizes = new Dictionary<long, int>(keys.Length);
        for (int band = 0; band < keys.Length; band++)
        {
            bucket.Parameters[band].Value = keys[band];
            sizes[keys[band]] = 0;
        }

        members = [];
        using (var r = bucket.ExecuteReader())
        {
            while (r.Read())
            {
                long key = r.GetInt64(0);
                members.Add((key, r.GetInt64(1)));
                sizes[key]++;
            }
        }

        if (deferred is not null)
        {
            foreach (long key in sizes.Keys.ToArray())
            {
                foreach (long seq in deferred.Bucket(key))
                {
                    members.Add((key, seq));
                }

                sizes[key] += deferred.BucketSize(key);
            }
        }

        return sizes;
    }

    private void AddToBuckets(uint[] signature, long sequence, Dictionary<long, int>? sizes)
    {
        var count = command("SELECT count(*) FROM (SELECT 1 FROM dedup_bands WHERE band_key = $k LIMIT $n)");
        var insert = command("INSERT OR IGNORE INTO dedup_bands(band_key, seq) VALUES ($k, $s)");
        foreach (long key in BandKeys(signature))
        {
            long size;
            if (sizes is not null && sizes.TryGetValue(key, out int known))
            {
                size = known;
                sizes[key] = known + 1; // a repeated key (two bands alike) sees its own insert
            }
            else
            {
                count.Parameters["$k"].Value = key;
                count.Parameters["$n"].Value = settings.MaxBucketScan + 1;
                size = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) + (deferred?.BucketSize(key) ?? 0);
            }

            // as in memory: a bucket stops growing once it holds one past the scan limit
            if (size <= settings.MaxBucketScan && deferred is not null)
            {
                deferred.AddToBucket(key, sequence);
            }
            else if (size <= settings.MaxBucketScan)
            {
                insert.Parameters["$k"].Value = key;
                insert.Parameters["$s"].Value = sequence;
                insert.ExecuteNonQuery();
            }
        }
    }

    private (uint[]? Signature, long Canonical)? Member(long sequence)
    {
        if (deferred?.Member(sequence) is { } held)
        {
            return held.Signature is null ? null : held;
        }

        var member = command("SELECT signature, canonical_seq FROM dedup_members WHERE seq = $s");
        member.Parameters["$s"].Value = sequence;
        using var r = member.ExecuteReader();
        return r.Read() && !r.IsDBNull(0) ? (FromBytes((byte[])r.GetValue(0)), r.GetInt64(1)) : null;
    }

    private string? IdOf(long sequence)
    {
        var id = command("SELECT id FROM articles WHERE seq = $s");
        id.Parameters["$s"].Value = sequence;
        return id.ExecuteScalar() as string;
    }

    internal static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (int i = 0; i < signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), signature[i]);
        }

        return bytes;
    }

    private static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        for (int i = 0; i < signature.Length; i++)
        {
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)));
        }

        return signature;
    }
}
