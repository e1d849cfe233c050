using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class WalCheckpointerTests
{
    [Fact]
    public async Task Committed_batches_reach_the_database_file_while_the_store_stays_open()
    {
        using var temp = new TempCorpus();
        using var store = temp.Open();
        await TestCorpus.IngestAsync(store, TestCorpus.Article("a", TestCorpus.WireStory), TestCorpus.Article("b", TestCorpus.OtherStory));

        // the writer connection no longer checkpoints; the checkpoint thread has copied the batches
        // into the file, so a copy of the file alone (no WAL) already holds them
        await WaitUntil(() => Articles(CopyWithoutWal(temp)) == 2);
        Assert.Equal(2, store.Counts().Articles);
    }

    [Fact]
    public async Task The_wal_never_holds_more_than_its_limit_and_one_transaction()
    {
        // a 64-page limit (~263 KB) and transactions of 0.6-1.6 MB (4 articles of 8,000 words, text and
        // full-text index): every transaction outgrows the limit, so each must begin on an emptied
        // WAL and the file after it holds that transaction alone. Before corpus-safety the WAL ran
        // to 4-12 MB here (restarts missed for batches on end).
        const long limitFrames = 64;
        using var temp = new TempCorpus();
        using var store = SqliteCorpusStore.Open(temp.DbPath, readOnly: false, maxBytes: null, walRestartFrames: limitFrames);
        string wal = temp.DbPath + "-wal";
        string text = string.Join(' ', Enumerable.Range(0, 8_000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sizes = new List<long>();
        for (int batch = 0; batch < 45; batch++)
        {
            var articles = Enumerable.Range(0, 4).Select(i => TestCorpus.Article($"b{batch}-{i}", $"{text} batch {batch} article {i}", url: $"https://example.org/b{batch}/{i}")).ToArray();
            await new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 4, MinBatchSize = 4, MaxCommitDelay = TimeSpan.FromMinutes(10), Cluster = false }) // one transaction a run, however slow the analysis
                .RunAsync([new ListSource(articles)]);
            sizes.Add(new FileInfo(wal).Length);
        }

        Assert.Equal(180, store.Counts().Articles);
        // every transaction after the first began on an emptied WAL (the first too if the schema's pages outgrew the limit)
        Assert.InRange(store.WalTruncations.Done, 44, 45);
        Assert.Equal(0, store.WalTruncations.HeldOff);
        long smallest = sizes.Min();
        Assert.True(smallest > limitFrames * 4120, $"a transaction is {smallest:N0} bytes, not past the limit: the test proves nothing");
        // the WAL after each run is that run's transaction alone: ~0.6 MB, 1.2-1.6 MB when FTS5 merges
        // segments in it (deterministic: the same sizes every run); never two transactions' worth
        Assert.True(sizes.Max() < 2 * 1024 * 1024, $"WAL after each transaction: {string.Join(", ", sizes.Select(s => (s / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)))} KB");
        Assert.InRange(store.PeakWalBytes, smallest, sizes.Max()); // what the writer saw before each transaction
    }

    [Fact]
    public async Task A_reader_holding_a_snapshot_holds_the_wal_back_for_a_while_only()
    {
        // no checkpoint can pass a reader's snapshot: the writer waits a few seconds for it, then
        // carries on (the WAL grows); once the reader is gone the next transaction empties it again
        using var temp = new TempCorpus();
        using var store = SqliteCorpusStore.Open(temp.DbPath, readOnly: false, maxBytes: null, walRestartFrames: 64);
        string text = string.Join(' ', Enumerable.Range(0, 8_000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        async Task Run(int batch)
        {
            var articles = Enumerable.Range(0, 4).Select(i => TestCorpus.Article($"b{batch}-{i}", $"{text} batch {batch} article {i}", url: $"https://example.org/b{batch}/{i}")).ToArray();
            await new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 4, MinBatchSize = 4, MaxCommitDelay = TimeSpan.FromMinutes(10), Cluster = false })
                .RunAsync([new ListSource(articles)]);
        }

        await Run(0);
        var before = store.WalTruncations;
        using (var reader = new SqliteConnection($"Data Source={temp.DbPath};Mode=ReadOnly;Pooling=false"))
        {
            reader.Open();
            using var snapshot = reader.BeginTransaction(deferred: true);
            using var command = reader.CreateCommand();
            command.Transaction = snapshot;
            command.CommandText = "SELECT count(*) FROM articles";
            Assert.Equal(4L, command.ExecuteScalar());
            await Run(1);
            long afterOne = new FileInfo(temp.DbPath + "-wal").Length;
            await Run(2); // begins past the limit: its emptying checkpoint waits for the reader, in vain
            Assert.True(store.WalTruncations.HeldOff > before.HeldOff, $"{store.WalTruncations}");
            Assert.True(new FileInfo(temp.DbPath + "-wal").Length > afterOne); // run 2 was added to run 1's frames
        }

        await Run(3); // the reader is gone: this one began on an emptied WAL
        Assert.Equal(16, store.Counts().Articles);
        Assert.True(new FileInfo(temp.DbPath + "-wal").Length < 2 * 1024 * 1024);
    }

    [Fact]
    public async Task Closing_the_store_leaves_no_wal_behind()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store, TestCorpus.Article("a", TestCorpus.WireStory));
        }

        Assert.False(File.Exists(temp.DbPath + "-wal"));
        using var reopened = SqliteCorpusStore.Open(temp.DbPath, readOnly: true);
        Assert.Equal(1, reopened.Counts().Articles);
    }

    private static string CopyWithoutWal(TempCorpus temp)
    {
        string copy = Path.Combine(temp.Folder, "copy-" + Guid.NewGuid().ToString("N") + ".db");
        using (var source = new FileStream(temp.DbPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var target = File.Create(copy))
        {
            source.CopyTo(target);
        }

        return copy;
    }

    private static long Articles(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1; // the copy caught the file mid-checkpoint
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
