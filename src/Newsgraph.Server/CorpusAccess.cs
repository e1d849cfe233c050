using System.Collections.Concurrent;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Server;

/// <summary>
/// The corpus as the server uses it: one writable store (it creates and migrates the file, and
/// stores articles posted to the API) and a pool of read-only stores. A store serialises queries on
/// its read connection, so one store would let a single slow search hold every page request; a pool
/// of one per core lets reads run side by side.
/// </summary>
public sealed class CorpusAccess : IDisposable
{
    private readonly ConcurrentBag<ICorpusStore> idle = [];
    private readonly List<ICorpusStore> all = [];
    private readonly SemaphoreSlim available;

    public CorpusAccess(string path, int readConnections)
    {
        Writer = SqliteCorpusStore.Open(path);
        try
        {
            for (int i = 0; i < readConnections; i++)
            {
                var store = SqliteCorpusStore.Open(path, readOnly: true);
                all.Add(store);
                idle.Add(store);
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        available = new SemaphoreSlim(all.Count, all.Count);
    }

    /// <summary>The writable store (ingest through the API).</summary>
    public ICorpusStore Writer { get; }

    /// <summary>Held around every use of <see cref="ICorpusStore.BeginWrite"/> on <see cref="Writer"/>:
    /// the store has one write transaction at a time.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    /// <summary>Runs a query on an idle read-only store.</summary>
    public async Task<T> ReadAsync<T>(Func<ICorpusStore, T> query, CancellationToken cancellationToken)
    {
        await available.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!idle.TryTake(out var store))
        {
            available.Release();
            throw new InvalidOperationException("read store pool is inconsistent");
        }

        try
        {
            return query(store);
        }
        finally
        {
            idle.Add(store);
            available.Release();
        }
    }

    public void Dispose()
    {
        foreach (var store in all)
        {
            store.Dispose();
        }

        Writer.Dispose();
        WriteLock.Dispose();
        available?.Dispose();
    }
}
