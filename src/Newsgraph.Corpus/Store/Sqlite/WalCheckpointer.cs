using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Copies committed WAL pages into the database file on a thread of its own, so the writer never
/// waits for it. With SQLite's automatic checkpoint the committing thread did it: every ~1,000
/// pages, i.e. after every bulk batch, it copied the batch's pages and waited for two fsyncs (WAL
/// before, database after) — at 100k articles ~100 µs of wall an article on the writer's critical
/// path with nothing to do (strace, 10k bulk load: 35 fsyncs, 1.0 s). Here the writer connection's
/// automatic checkpoint is off and each commit asks this thread for a PASSIVE checkpoint, which
/// runs beside the next transaction (it copies frames the writer no longer touches and takes no
/// lock the writer needs). Durability is SQLite's either way: committed frames are in the WAL
/// before the commit returns, and a checkpoint is crash-safe at any point.
/// <para>
/// A PASSIVE checkpoint never makes the WAL start over: SQLite reuses the file from its start only
/// when a write transaction begins with every frame copied and no reader on a WAL snapshot, and
/// with the writer always busy its next transaction usually begins while the checkpoint of the
/// last one still runs. So before each write transaction the writer looks at the WAL file's size
/// (<see cref="WaitIfLarge"/>, a stat) and, past <see cref="DefaultRestartFrames"/> pages, waits
/// for a TRUNCATE checkpoint: it copies what is left (the last batch or so, since this thread
/// keeps up), waits a moment for readers on an older snapshot, and empties the file. The WAL file
/// therefore never holds more than the limit plus one transaction. A reader that holds its
/// snapshot longer than <see cref="TruncateBusyTimeoutMs"/> (an export streaming meanwhile) keeps
/// any checkpoint from passing it; the writer then carries on and tries again once the WAL has
/// grown by another limit, rather than stalling every batch.
/// </para>
/// <para>
/// (Until corpus-safety the writer waited for a PASSIVE checkpoint when the last one had reported
/// un-copied frames, and took "all copied" for "the WAL starts over": but the writer's next
/// transaction had begun before that checkpoint ended, so nothing restarted, and the next check
/// saw "all copied" again. The WAL grew for batches on end — 4–12 MB against a 256 KB limit in
/// the test — until a checkpoint happened to end before a transaction began.)
/// </para>
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>WAL frames (pages) after which the writer lets a checkpoint empty the WAL: 64 MB of
    /// 4 KB pages, a few bulk batches; the WAL file stays under this plus one transaction.</summary>
    internal const long DefaultRestartFrames = 16_384;

    /// <summary>How long the emptying checkpoint waits for the write lock (another process's batch:
    /// ≤ <c>IngestOptions.MaxCommitDelay</c>, 2 s, plus its writing) and for readers on an older
    /// snapshot (a search takes milliseconds). Longer means a reader that no checkpoint can pass.</summary>
    private const int TruncateBusyTimeoutMs = 5_000;

    /// <summary>Bytes a WAL frame adds to the file: its 24-byte header and a page.</summary>
    private const int FrameHeaderBytes = 24;

    private readonly SqliteConnection connection;
    private readonly Thread thread;
    private readonly object gate = new(); // Monitor.Wait needs a monitor, not a Lock
    private readonly string walPath;
    private readonly long limitBytes;
    private long requested;
    private long completed;

    /// <summary>The request number up to which checkpoints are to empty the WAL (TRUNCATE).</summary>
    private long truncateThrough;
    private bool stopping;

    /// <summary>WAL size past which the writer waits: the limit, or more while readers held the
    /// last emptying checkpoint off.</summary>
    private long waitAbove;

    public WalCheckpointer(string path, long restartFrames = DefaultRestartFrames)
    {
        connection = SqliteCorpusStore.Connect(path, SqliteOpenMode.ReadWrite);
        using (var command = connection.CreateCommand())
        {
            // PASSIVE never calls the busy handler; only TRUNCATE waits, and not for a minute
            command.CommandText = "PRAGMA busy_timeout = " + TruncateBusyTimeoutMs.ToString(CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA page_size";
            long pageSize = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            limitBytes = restartFrames * (pageSize + FrameHeaderBytes);
        }

        walPath = path + "-wal";
        waitAbove = limitBytes;
        thread = new Thread(Run) { IsBackground = true, Name = "newsgraph WAL checkpoint" };
        thread.Start();
    }

    /// <summary>The largest WAL file <see cref="WaitIfLarge"/> has seen (bytes).</summary>
    internal long PeakWalBytes { get; private set; }

    /// <summary>Emptying checkpoints the writer waited for, and those readers held off.</summary>
    internal (int Done, int HeldOff) Truncations { get; private set; }

    /// <summary>Asks for a checkpoint of what has been committed so far (returns at once).</summary>
    public void Request()
    {
        lock (gate)
        {
            requested++;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Between transactions, on the writer's thread: when the WAL file has grown past the
    /// limit, waits for a checkpoint that began after this call and empties the WAL (so it covers
    /// every committed frame), after which the next transaction writes the WAL from its start.</summary>
    public void WaitIfLarge()
    {
        long size = WalBytes();
        PeakWalBytes = Math.Max(PeakWalBytes, size);
        if (size <= waitAbove)
        {
            return;
        }

        lock (gate)
        {
            long target = ++requested;
            truncateThrough = target;
            Monitor.PulseAll(gate);
            while (completed < target && !stopping)
            {
                Monitor.Wait(gate);
            }
        }

        long after = WalBytes();
        bool emptied = after <= limitBytes;
        Truncations = (Truncations.Done + (emptied ? 1 : 0), Truncations.HeldOff + (emptied ? 0 : 1));

        // held off (a long reader, another process's checkpoint): try again after another limit's growth
        waitAbove = emptied ? limitBytes : after + limitBytes;
    }

    public void Dispose()
    {
        lock (gate)
        {
            stopping = true;
            Monitor.PulseAll(gate);
        }

        thread.Join();
        connection.Dispose();
    }

    private long WalBytes()
    {
        try
        {
            var info = new FileInfo(walPath);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // cannot look: carry on, the next batch looks again
        }
    }

    private void Run()
    {
        using var passive = connection.CreateCommand();
        passive.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var truncate = connection.CreateCommand();
        truncate.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        while (true)
        {
            long target;
            bool empty;
            lock (gate)
            {
                while (completed >= requested && !stopping)
                {
                    Monitor.Wait(gate);
                }

                if (stopping)
                {
                    return;
                }

                target = requested;
                empty = truncateThrough > completed;
            }

            try
            {
                // one row: busy flag, frames in the WAL, frames copied; TRUNCATE reports busy when
                // the write lock or a reader held it off past the busy timeout (the WAL then stays)
                (empty ? truncate : passive).ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // disk full, I/O error: the frames stay in the WAL (safe) and the writer's own
                // statements report a real problem; the next request retries
            }

            lock (gate)
            {
                completed = target;
                Monitor.PulseAll(gate);
            }
        }
    }
}
