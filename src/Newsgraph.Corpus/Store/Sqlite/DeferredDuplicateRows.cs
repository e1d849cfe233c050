using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The near-duplicate rows a bulk load has recorded but not yet written (see
/// <see cref="SqliteCorpusStore.DeferIndexes"/>): the same three tables as
/// <see cref="SqliteStoredDuplicates"/> keeps, held in memory and written by <see cref="Flush"/> in
/// one sorted pass. Recorded row by row, the 16 band rows, the exact key and the member row of each
/// article were random B-tree inserts and lookups (~104 µs CPU an article at 10k, growing as the
/// tables outgrow the page cache); sorted, they are appends and neighbouring inserts.
/// Lookups see the stored rows and these together, so every decision is the one the stored index
/// alone would make. A transaction's rows are undone when it rolls back (<see cref="Rollback"/>).
/// Memory: ~650 bytes an article (signature 256, band entries 16 × ~24, member and exact key);
/// the store flushes every <see cref="SqliteCorpusStore.MaxDeferredDuplicates"/> articles.
/// </summary>
internal sealed class DeferredDuplicateRows
{
    // members in record order (sequence numbers only grow: a single writer appends)
    private readonly List<long> memberSeqs = [];
    private readonly List<long> memberCanonicals = [];
    private readonly List<uint[]?> memberSignatures = [];
    private readonly Dictionary<long, long> exact = [];

    // buckets: band key -> newest entry and size; each entry links to the next older one
    private readonly Dictionary<long, (int Head, int Count)> buckets = [];
    private readonly List<long> entrySeqs = [];
    private readonly List<int> entryNext = [];

    // what the open transaction added, to undo on rollback
    private readonly List<long> pendingExact = [];
    private readonly List<long> pendingBandKeys = [];
    private int committedMembers;

    /// <summary>Articles held (committed and pending).</summary>
    public int Count => memberSeqs.Count;

    public long? ExactSeq(long key) => exact.TryGetValue(key, out long seq) ? seq : null;

    public int BucketSize(long key) => buckets.TryGetValue(key, out var b) ? b.Count : 0;

    /// <summary>The sequence numbers in a bucket (newest first).</summary>
    public IEnumerable<long> Bucket(long key)
    {
        if (!buckets.TryGetValue(key, out var b))
        {
            yield break;
        }

        for (int e = b.Head; e >= 0; e = entryNext[e])
        {
            yield return entrySeqs[e];
        }
    }

    /// <summary>A held member's signature and canonical, or null when it is not held here.</summary>
    public (uint[]? Signature, long Canonical)? Member(long seq)
    {
        int i = memberSeqs.BinarySearch(seq);
        return i >= 0 ? (memberSignatures[i], memberCanonicals[i]) : null;
    }

    public void AddExact(long key, long seq)
    {
        if (exact.TryAdd(key, seq))
        {
            pendingExact.Add(key);
        }
    }

    public void AddToBucket(long key, long seq)
    {
        int entry = entrySeqs.Count;
        entrySeqs.Add(seq);
        if (buckets.TryGetValue(key, out var b))
        {
            entryNext.Add(b.Head);
            buckets[key] = (entry, b.Count + 1);
        }
        else
        {
            entryNext.Add(-1);
            buckets[key] = (entry, 1);
        }

        pendingBandKeys.Add(key);
    }

    public void AddMember(long seq, long canonical, uint[]? signature)
    {
        if (memberSeqs.Count > 0 && seq <= memberSeqs[^1])
        {
            throw new InvalidOperationException($"Deferred duplicate rows must come in commit order ({seq} after {memberSeqs[^1]}).");
        }

        memberSeqs.Add(seq);
        memberCanonicals.Add(canonical);
        memberSignatures.Add(signature);
    }

    /// <summary>The open transaction committed: its rows stay.</summary>
    public void Commit()
    {
        pendingExact.Clear();
        pendingBandKeys.Clear();
        committedMembers = memberSeqs.Count;
    }

    /// <summary>The open transaction rolled back: its rows go (newest first, so each removed band
    /// entry is its bucket's head).</summary>
    public void Rollback()
    {
        foreach (long key in pendingExact)
        {
            exact.Remove(key);
        }

        for (int i = pendingBandKeys.Count - 1; i >= 0; i--)
        {
            long key = pendingBandKeys[i];
            var b = buckets[key];
            int next = entryNext[b.Head];
            if (b.Count == 1)
            {
                buckets.Remove(key);
            }
            else
            {
                buckets[key] = (next, b.Count - 1);
            }

            entrySeqs.RemoveAt(entrySeqs.Count - 1);
            entryNext.RemoveAt(entryNext.Count - 1);
        }

        int extra = memberSeqs.Count - committedMembers;
        memberSeqs.RemoveRange(committedMembers, extra);
        memberCanonicals.RemoveRange(committedMembers, extra);
        memberSignatures.RemoveRange(committedMembers, extra);
        pendingExact.Clear();
        pendingBandKeys.Clear();
    }

    /// <summary>Writes every committed row in key order (inside the caller's transaction) and
    /// empties the set. Only between transactions: nothing may be pending.</summary>
    public void Flush(Func<string, SqliteCommand> command)
    {
        if (pendingBandKeys.Count > 0 || pendingExact.Count > 0 || committedMembers != memberSeqs.Count)
        {
            throw new InvalidOperationException("Deferred duplicate rows are flushed between transactions only.");
        }

        var member = command("INSERT OR IGNORE INTO dedup_members(seq, canonical_seq, signature) VALUES ($s, $c, $sig)");
        for (int i = 0; i < memberSeqs.Count; i++)
        {
            member.Parameters[0].Value = memberSeqs[i];
            member.Parameters[1].Value = memberCanonicals[i];
            member.Parameters[2].Value = memberSignatures[i] is { } signature ? SqliteStoredDuplicates.ToBytes(signature) : DBNull.Value;
            member.ExecuteNonQuery();
        }

        var exactRow = command("INSERT OR IGNORE INTO dedup_exact(key, seq) VALUES ($k, $s)");
        foreach (var (key, seq) in exact.OrderBy(e => e.Key))
        {
            exactRow.Parameters[0].Value = key;
            exactRow.Parameters[1].Value = seq;
            exactRow.ExecuteNonQuery();
        }

        var band = command("INSERT OR IGNORE INTO dedup_bands(band_key, seq) VALUES ($k, $s)");
        var rows = new (long Key, long Seq)[entrySeqs.Count];
        int n = 0;
        foreach (var (key, b) in buckets)
        {
            for (int e = b.Head; e >= 0; e = entryNext[e])
            {
                rows[n++] = (key, entrySeqs[e]);
            }
        }

        Array.Sort(rows);
        foreach (var (key, seq) in rows)
        {
            band.Parameters[0].Value = key;
            band.Parameters[1].Value = seq;
            band.ExecuteNonQuery();
        }

        Clear();
    }

    /// <summary>Forgets every row (after a flush, or when the caller gives the rows up to the backfill).</summary>
    public void Clear()
    {
        memberSeqs.Clear();
        memberCanonicals.Clear();
        memberSignatures.Clear();
        exact.Clear();
        buckets.Clear();
        entrySeqs.Clear();
        entryNext.Clear();
        pendingExact.Clear();
        pendingBandKeys.Clear();
        committedMembers = 0;
    }
}
