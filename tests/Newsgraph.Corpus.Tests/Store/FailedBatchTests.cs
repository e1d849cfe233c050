using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Sources;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

/// <summary>
/// A batch that fails part-way (the disk fills: SQLite's max_page_count, as <c>--max-db-bytes</c>
/// sets it) after some of its articles were written and recorded in the stored near-duplicate
/// index. Article numbers are rowids that a rolled-back batch gives back, so an index row left for
/// an article that was not stored would point at the next article to get that number: a copy
/// would be folded into an unrelated article.
/// </summary>
public sealed class FailedBatchTests
{
    private static readonly string Story = "The harbour authority opened the rebuilt eastern pier on Tuesday after two years of work, "
        + "with new mooring posts for the ferries, a wider walkway for fishermen and lights along its whole length.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a bulk load holds the index's rows in memory: a failed batch's must go too
    public async Task A_batch_that_fills_the_disk_leaves_no_duplicate_index_row_and_a_rerun_folds_as_before(bool bulk)
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            await Run(store, bulk, TestCorpus.Article("wire", TestCorpus.WireStory), TestCorpus.Article("council", TestCorpus.OtherStory));
        }

        // room for a few small articles, not for the big one at the end of the batch
        long cap = (Pages(temp.DbPath) + 48) * 4096;
        var failing = new[]
        {
            TestCorpus.Article("wire-copy", "Bridge reopens.\n" + TestCorpus.WireStory),
            TestCorpus.Article("pier", Story),
            TestCorpus.Article("pier-copy", Story + "\nMore follows."),
            TestCorpus.Article("big", string.Join(' ', Enumerable.Range(0, 400_000).Select(i => "w" + (i * 7919 % 100_003).ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        };
        using (var store = SqliteCorpusStore.Open(temp.DbPath, readOnly: false, maxBytes: cap))
        {
            var error = await Assert.ThrowsAsync<CorpusStoreException>(() => Run(store, bulk, failing));
            Assert.Contains("is full", error.Message, StringComparison.Ordinal);
            Assert.Contains("nothing committed was lost", error.Message, StringComparison.Ordinal);
        }

        using (var store = temp.Open()) // no cap: the next open completes a bulk load's index (backfill)
        {
            Assert.Equal(2, store.Counts().Articles);
        }

        Assert.Equal(0, Orphans(temp.DbPath));
        Assert.Equal(2, Scalar(temp.DbPath, "SELECT count(*) FROM dedup_members"));

        // the rerun stores the batch as it would have the first time: pier is an original (not a copy
        // of whatever held its number before), its copy and the wire copy are folded
        using (var store = temp.Open())
        {
            await Run(store, bulk, failing[..3]);
            var folds = store.Export(null, default).ToDictionary(a => a.Id, a => a.DuplicateOf, StringComparer.Ordinal);
            Assert.Equal(5, folds.Count);
            Assert.Null(folds["pier"]);
            Assert.Equal("pier", folds["pier-copy"]);
            Assert.Equal("wire", folds["wire-copy"]);
            Assert.Null(folds["council"]);
        }

        Assert.Equal(0, Orphans(temp.DbPath));
        Assert.Equal(5, Scalar(temp.DbPath, "SELECT count(*) FROM dedup_members"));
        Assert.Equal("ok", ScalarText(temp.DbPath, "PRAGMA integrity_check"));
    }

    /// <summary>One transaction for the whole list (however slow the machine), stories off.</summary>
    private static Task<IngestCounts> Run(ICorpusStore store, bool bulk, params PreExtractedArticle[] articles) =>
        new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions
        {
            Workers = 2, BatchSize = 16, MinBatchSize = 16, MaxCommitDelay = TimeSpan.FromMinutes(10), DeferIndexes = bulk,
        }).RunAsync([new ListSource(articles)]);

    /// <summary>Near-duplicate index rows that name an article number no article has.</summary>
    private static long Orphans(string db) => Scalar(db, """
        SELECT (SELECT count(*) FROM dedup_members WHERE seq NOT IN (SELECT seq FROM articles) OR canonical_seq NOT IN (SELECT seq FROM articles))
             + (SELECT count(*) FROM dedup_exact WHERE seq NOT IN (SELECT seq FROM articles))
             + (SELECT count(*) FROM dedup_bands WHERE seq NOT IN (SELECT seq FROM articles))
        """);

    private static long Pages(string db) => Scalar(db, "PRAGMA page_count");

    private static long Scalar(string db, string sql) => Convert.ToInt64(ScalarValue(db, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static string ScalarText(string db, string sql) => (string)ScalarValue(db, sql);

    private static object ScalarValue(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
