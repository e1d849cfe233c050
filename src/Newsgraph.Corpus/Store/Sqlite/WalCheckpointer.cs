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
/// The WAL starts over from its beginning only when a transaction begins with every frame copied;
/// with the writer always busy that never happens by itself, so once the WAL holds
/// <see cref="DefaultRestartFrames"/> frames the writer waits (<see cref="WaitIfLarge"/>, between
/// transactions) for one checkpoint that covers everything — the last batch or so, since this thread
/// keeps up — and the next transaction reuses the file. That bounds the WAL at about
/// <see cref="DefaultRestartFrames"/> pages plus one batch.
/// </para>
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>WAL frames (pages) after which the writer lets a checkpoint cover everything so the
    /// WAL restarts: 64 MB of 4 KB pages, a few bulk batches; the WAL file stays about this size.</summary>
    internal const long DefaultRestartFrames = 16_384;

    private readonly long restartFrames;

    private readonly SqliteConnection connection;
    private readonly Thread thread;
    private readonly object gate = new(); // Monitor.Wait needs a monitor, not a Lock
    private long requested;
    private long completed;
    private bool stopping;

    /// <summary>Frames in the WAL at the end of the last checkpoint (its size, until it restarts).</summary>
    private long walFrames;

    public WalCheckpointer(string path, long restartFrames = DefaultRestartFrames)
    {
        this.restartFrames = restartFrames;
        connection = SqliteCorpusStore.Connect(path, SqliteOpenMode.ReadWrite);
        thread = new Thread(Run) { IsBackground = true, Name = "newsgraph WAL checkpoint" };
        thread.Start();
    }

    /// <summary>Frames the WAL held at the end of the last checkpoint.</summary>
    internal long WalFrames => Interlocked.Read(ref walFrames);

    /// <summary>Asks for a checkpoint of what has been committed so far (returns at once).</summary>
    public void Request()
    {
        lock (gate)
        {
            requested++;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Between transactions: when the WAL has grown past <see cref="DefaultRestartFrames"/>, waits
    /// for a checkpoint that began after this call (so it covers every committed frame), after which
    /// the next transaction writes the WAL from its start.</summary>
    public void WaitIfLarge()
    {
        if (WalFrames <= restartFrames)
        {
            return;
        }

        lock (gate)
        {
            long target = ++requested;
            Monitor.PulseAll(gate);
            while (completed < target && !stopping)
            {
                Monitor.Wait(gate);
            }
        }
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

    private void Run()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (true)
        {
            long target;
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
            }

            try
            {
                // one row: busy flag, frames in the WAL, frames copied into the database
                using var r = command.ExecuteReader();
                if (r.Read())
                {
                    // all copied: the next transaction to begin starts the WAL over
                    long frames = r.GetInt64(1);
                    Interlocked.Exchange(ref walFrames, r.GetInt64(0) == 0 && r.GetInt64(2) == frames ? 0 : frames);
                }
            }
            catch (SqliteException)
            {
                // disk full, I/O error, another checkpoint running: the frames stay in the WAL (safe)
                // and the writer's own statements report a real problem; the next request retries
            }

            lock (gate)
            {
                completed = target;
                Monitor.PulseAll(gate);
            }
        }
    }
}
