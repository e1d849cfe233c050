using Microsoft.Data.Sqlite;
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
    public async Task The_wal_starts_over_once_it_outgrows_its_limit()
    {
        using var temp = new TempCorpus();
        using var store = SqliteCorpusStore.Open(temp.DbPath, readOnly: false, maxBytes: null, walRestartFrames: 64);
        string wal = temp.DbPath + "-wal";
        string text = string.Join(' ', Enumerable.Range(0, 8_000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (int batch = 0; batch < 45; batch++)
        {
            // ~1.7 MB of pages a batch (text + full-text index): ~75 MB of WAL by the end if it never started over
            var articles = Enumerable.Range(0, 4).Select(i => TestCorpus.Article($"b{batch}-{i}", $"{text} batch {batch} article {i}", url: $"https://example.org/b{batch}/{i}")).ToArray();
            await TestCorpus.IngestAsync(store, articles);
        }

        // A WAL that never started over holds every page the load wrote: more than the database itself
        // (~22 MB here; full-text pages are rewritten batch after batch). Restarts do not come after
        // every batch (some are missed, timing-dependent: 30 batches gave a 4–10 MB WAL across runs,
        // where "a batch or two over the limit" would be ~4 MB), so the bound is the database's size.
        long walBytes = new FileInfo(wal).Length, dbBytes = new FileInfo(temp.DbPath).Length;
        Assert.Equal(180, store.Counts().Articles);
        Assert.True(walBytes < dbBytes, $"WAL {walBytes:N0} bytes, database {dbBytes:N0} bytes");
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
