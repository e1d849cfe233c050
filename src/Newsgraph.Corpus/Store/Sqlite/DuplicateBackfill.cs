using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Dedup;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Adds the articles stored before migration 5 to the stored near-duplicate index, once, in commit
/// order (the order the in-memory index was fed in, so it reaches the same groups). Runs when the
/// store is opened for writing, before anything new is stored: an article stored later is compared
/// with every older one. Chunks of <see cref="ChunkSize"/> articles, one transaction each, record
/// their progress in <c>dedup_backfill</c>: a killed backfill resumes where it stopped, and two
/// processes opening together take turns (each chunk re-reads the progress under the write lock).
/// </summary>
internal static class DuplicateBackfill
{
    /// <summary>Articles per transaction: ~1-2 s of work, so the WAL stays small and a kill loses little.</summary>
    internal const int ChunkSize = 2_000;

    public static void Run(SqliteConnection connection, string path, NearDuplicateIndex fingerprinter, int chunkSize = ChunkSize)
    {
        using (var any = connection.CreateCommand())
        {
            // the usual case, read without the write lock: nothing left to add
            any.CommandText = "SELECT EXISTS (SELECT 1 FROM dedup_backfill)";
            if (Convert.ToInt64(any.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }

        while (true)
        {
            using var writer = new SqliteCorpusWriter(connection, path, null, new KnownEntityRows(), fingerprinter, static () => { });
            var progress = writer.Command("SELECT done, through FROM dedup_backfill");
            long done;
            long through;
            using (var r = progress.ExecuteReader())
            {
                if (!r.Read())
                {
                    return;
                }

                done = r.GetInt64(0);
                through = r.GetInt64(1);
            }

            if (done >= through)
            {
                writer.Command("DELETE FROM dedup_backfill").ExecuteNonQuery();
                writer.Commit();
                return;
            }

            var chunk = new List<(long Seq, string Text)>(chunkSize);
            var read = writer.Command("SELECT a.seq, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq > $done AND a.seq <= $through ORDER BY a.seq LIMIT $n");
            read.Parameters["$done"].Value = done;
            read.Parameters["$through"].Value = through;
            read.Parameters["$n"].Value = chunkSize;
            using (var r = read.ExecuteReader())
            {
                while (r.Read())
                {
                    chunk.Add((r.GetInt64(0), r.GetString(1)));
                }
            }

            // fingerprints are pure: on every core; recording stays in order
            var fingerprints = new DuplicateFingerprint?[chunk.Count];
            Parallel.For(0, chunk.Count, i =>
                fingerprints[i] = string.IsNullOrWhiteSpace(chunk[i].Text) ? null : fingerprinter.Fingerprint(chunk[i].Text));
            for (int i = 0; i < chunk.Count; i++)
            {
                if (fingerprints[i] is { } fingerprint)
                {
                    writer.Duplicates.Record(chunk[i].Seq, fingerprint, writer.Duplicates.Match(fingerprint));
                }
            }

            var advance = writer.Command("UPDATE dedup_backfill SET done = $done");
            advance.Parameters["$done"].Value = chunk.Count < chunkSize ? through : chunk[^1].Seq;
            advance.ExecuteNonQuery();
            writer.Commit();
        }
    }

    /// <summary>Articles still to be added (tests; 0 once the backfill is over).</summary>
    internal static long Pending(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce((SELECT count(*) FROM articles a, dedup_backfill f WHERE a.seq > f.done AND a.seq <= f.through), 0)";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
