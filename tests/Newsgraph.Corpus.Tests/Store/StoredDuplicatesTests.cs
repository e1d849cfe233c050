using Microsoft.Data.Sqlite;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Store.Sqlite;
using Newsgraph.Corpus.Tests.Ingest;

namespace Newsgraph.Corpus.Tests.Store;

public sealed class StoredDuplicatesTests
{
    [Fact]
    public void The_stored_index_folds_every_text_as_the_in_memory_index_does()
    {
        // exact copies, near copies, far rewrites, short briefs and crowded buckets (a scan limit of
        // 3), in one seeded order: the stored index must reach the same canonical for each
        var settings = new NearDuplicateSettings { MaxBucketScan = 3 };
        var texts = Texts(seed: 7, count: 300);
        var memory = new NearDuplicateIndex(settings);
        using var temp = new TempCorpus();
        using var connection = OpenMigrated(temp.DbPath);
        using var writer = new SqliteCorpusWriter(connection, temp.DbPath, null, new KnownEntityRows(), new NearDuplicateIndex(settings), static () => { });
        var stored = writer.Duplicates;
        int copies = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            long seq = i + 1;
            string? expected = memory.Add(seq.ToString(System.Globalization.CultureInfo.InvariantCulture), texts[i]);
            var fingerprint = memory.Fingerprint(texts[i]);
            var match = stored.Match(fingerprint);
            stored.Record(seq, fingerprint, match);
            Assert.Equal(expected, match.CanonicalSequence?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            copies += expected is null ? 0 : 1;
        }

        Assert.InRange(copies, 50, 250); // the set holds both copies and originals
    }

    [Fact]
    public void Rows_a_bulk_load_holds_in_memory_give_the_same_decisions_and_the_same_rows()
    {
        // the reference: every row written as it is recorded
        var settings = new NearDuplicateSettings { MaxBucketScan = 3 };
        var texts = Texts(seed: 11, count: 300);
        var hasher = new NearDuplicateIndex(settings);
        var expected = new long?[texts.Count];
        using var reference = new TempCorpus();
        using (var connection = OpenMigrated(reference.DbPath))
        using (var writer = new SqliteCorpusWriter(connection, reference.DbPath, null, new KnownEntityRows(), new NearDuplicateIndex(settings), static () => { }))
        {
            for (int i = 0; i < texts.Count; i++)
            {
                var fingerprint = hasher.Fingerprint(texts[i]);
                var match = writer.Duplicates.Match(fingerprint);
                writer.Duplicates.Record(i + 1, fingerprint, match);
                expected[i] = match.CanonicalSequence;
            }

            writer.Commit();
        }

        // held in memory over several transactions, one of them rolled back, written in two passes
        var held = new DeferredDuplicateRows();
        using var deferred = new TempCorpus();
        using (var connection = OpenMigrated(deferred.DbPath))
        {
            void Load(int from, int to, bool commit)
            {
                using var writer = new SqliteCorpusWriter(connection, deferred.DbPath, null, new KnownEntityRows(), new NearDuplicateIndex(settings), static () => { }, held);
                for (int i = from; i < to; i++)
                {
                    var fingerprint = hasher.Fingerprint(texts[i]);
                    var match = writer.Duplicates.Match(fingerprint);
                    writer.Duplicates.Record(i + 1, fingerprint, match);
                    Assert.Equal(expected[i], match.CanonicalSequence);
                }

                if (commit)
                {
                    writer.Commit();
                }
            }

            void Flush()
            {
                using var writer = new SqliteCorpusWriter(connection, deferred.DbPath, null, new KnownEntityRows(), new NearDuplicateIndex(settings), static () => { });
                held.Flush(writer.Command);
                writer.Commit();
            }

            Load(0, 120, commit: true);
            Load(120, 200, commit: false); // rolled back: its rows must go
            Assert.Equal(120, held.Count);
            Load(120, 170, commit: true);
            Flush();
            Assert.Equal(0, held.Count);
            Load(170, 300, commit: true); // decides against written and held rows together
            Flush();
        }

        Assert.Equal(Snapshot(reference.DbPath), Snapshot(deferred.DbPath));
    }

    [Fact]
    public async Task A_bulk_load_stores_the_same_duplicate_index_and_a_killed_one_is_completed_at_the_next_open()
    {
        var articles = new[]
        {
            TestCorpus.Article("wire", TestCorpus.WireStory),
            TestCorpus.Article("council", TestCorpus.OtherStory),
            TestCorpus.Article("copy", "Bridge reopens.\n" + TestCorpus.WireStory),
            TestCorpus.Article("same", TestCorpus.OtherStory.ToUpperInvariant()),
            TestCorpus.Article("brief", "Bridge open."),
            TestCorpus.Article("copy2", TestCorpus.WireStory + "\nMore follows."),
        };
        using var reference = new TempCorpus();
        using (var store = reference.Open())
        {
            await new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 2 }).RunAsync([new ListSource(articles)]);
        }

        // a whole bulk load: same folds, same stored rows, no mark left
        using var bulk = new TempCorpus();
        using (var store = bulk.Open())
        {
            await new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 2, DeferIndexes = true }).RunAsync([new ListSource(articles)]);
            Assert.Equal(
                store.Export(null, default).Select(a => a.Id + ">" + a.DuplicateOf).Order(StringComparer.Ordinal),
                ExportFolds(reference));
        }

        Assert.Equal(Snapshot(reference.DbPath), Snapshot(bulk.DbPath));
        Assert.Equal(0, Marks(bulk.DbPath));

        // a bulk load killed after its batches committed, before its rows were written: the copy
        // of its files taken then is what SIGKILL leaves (WAL: the committed batches, the mark)
        using var killed = new TempCorpus();
        using (var store = killed.Open())
        {
            store.DeferIndexes();
            await new IngestRunner(store, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 2 }).RunAsync([new ListSource(articles)]);
            using var crash = new TempCorpus();
            foreach (string suffix in new[] { "", "-wal" })
            {
                File.Copy(killed.DbPath + suffix, crash.DbPath + suffix);
            }

            Assert.Equal(1, Marks(crash.DbPath));
            Assert.Equal(0, Rows(crash.DbPath, "dedup_members"));
            using (crash.Open())
            {
                // the open adds them (the backfill) before anything else can be stored
            }

            Assert.Equal(0, Marks(crash.DbPath));
            Assert.Equal(Snapshot(reference.DbPath), Snapshot(crash.DbPath));
            using var reopened = crash.Open();
            await TestCorpus.IngestAsync(reopened, TestCorpus.Article("late-copy", TestCorpus.WireStory + "\nLate update."));
            Assert.Equal("wire", reopened.Export(null, default).Single(a => a.Id == "late-copy").DuplicateOf);
        }

        // the store itself, closed without its load's end, wrote what it held and kept the mark
        Assert.Equal(1, Marks(killed.DbPath));
        Assert.Equal(Snapshot(reference.DbPath), Snapshot(killed.DbPath));
        using (killed.Open())
        {
            Assert.Equal(0, Marks(killed.DbPath));
        }

        Assert.Equal(Snapshot(reference.DbPath), Snapshot(killed.DbPath));
    }

    private static IEnumerable<string> ExportFolds(TempCorpus corpus)
    {
        using var store = SqliteCorpusStore.Open(corpus.DbPath, readOnly: true);
        return [.. store.Export(null, default).Select(a => a.Id + ">" + a.DuplicateOf).Order(StringComparer.Ordinal)];
    }

    private static long Marks(string path) => Rows(path, "dedup_backfill");

    private static long Rows(string path, string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM " + table;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Articles_stored_before_the_stored_index_are_added_once_in_commit_order()
    {
        using var temp = new TempCorpus();
        using (var store = temp.Open())
        {
            await TestCorpus.IngestAsync(store,
                TestCorpus.Article("wire", TestCorpus.WireStory),
                TestCorpus.Article("council", TestCorpus.OtherStory),
                TestCorpus.Article("copy", "Bridge reopens.\n" + TestCorpus.WireStory),
                TestCorpus.Article("same", TestCorpus.OtherStory.ToUpperInvariant()),
                TestCorpus.Article("brief", "Bridge open."));
        }

        string before = Snapshot(temp.DbPath);
        Assert.Contains("members:5", before, StringComparison.Ordinal);
        using (var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=false"))
        {
            // the state migration 5 leaves in a corpus stored without the index
            connection.Open();
            Execute(connection, "DELETE FROM dedup_members; DELETE FROM dedup_exact; DELETE FROM dedup_bands; INSERT INTO dedup_backfill(done, through) SELECT 0, max(seq) FROM articles;");
            Assert.Equal(5, DuplicateBackfill.Pending(connection));
            DuplicateBackfill.Run(connection, temp.DbPath, new NearDuplicateIndex(), chunkSize: 2);
            Assert.Equal(0, DuplicateBackfill.Pending(connection));
        }

        Assert.Equal(before, Snapshot(temp.DbPath));

        // and a later article is folded against the backfilled ones
        using var reopened = temp.Open();
        await TestCorpus.IngestAsync(reopened, TestCorpus.Article("late-copy", TestCorpus.WireStory + "\nMore follows."));
        Assert.Equal("wire", reopened.Export(null, default).Single(a => a.Id == "late-copy").DuplicateOf);
    }

    [Fact]
    public async Task An_ingest_into_a_corpus_reads_no_stored_article_it_does_not_need()
    {
        // a corpus stored without stories (as a bulk load is): a later run with duplicates and
        // stories on reads none of its articles back, yet folds a copy of one of them
        using var temp = new TempCorpus();
        using var store = temp.Open();
        var bulk = new IngestOptions { Workers = 2, BatchSize = 3, Deduplicate = false, Cluster = false };
        var old = Enumerable.Range(0, 12).Select(i => TestCorpus.Article("old-" + i, i == 5 ? TestCorpus.WireStory : $"Item {i}. " + TestCorpus.OtherStory.Replace("nine", $"{i} and", StringComparison.Ordinal))).ToArray();
        await new IngestRunner(store, TestCorpus.Analyzer(), bulk).RunAsync([new ListSource(old)]);

        var counting = new CountingStore(store);
        var counts = await new IngestRunner(counting, TestCorpus.Analyzer(), new IngestOptions { Workers = 2, BatchSize = 3 })
            .RunAsync([new ListSource(TestCorpus.Article("copy", "Bridge reopens.\n" + TestCorpus.WireStory), TestCorpus.Article("new", "A new library opened downtown on Friday with a reading room, a maker space and a café run by volunteers from the neighbourhood association."))]);

        Assert.Equal(2, counts.Ingested);
        Assert.Equal(0, counting.RowsRead);
        Assert.Equal("old-5", store.Export(null, default).Single(a => a.Id == "copy").DuplicateOf);

        // an empty run reads nothing either
        counting = new CountingStore(store);
        await new IngestRunner(counting, TestCorpus.Analyzer()).RunAsync([new ListSource()]);
        Assert.Equal(0, counting.RowsRead);
    }

    private static List<string> Texts(int seed, int count)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 400).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var texts = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int kind = random.Next(6);
            if (texts.Count == 0 || kind == 0)
            {
                texts.Add(string.Join(' ', Enumerable.Range(0, 40 + random.Next(40)).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
            }
            else if (kind == 1)
            {
                texts.Add(texts[random.Next(texts.Count)].ToUpperInvariant()); // an exact copy once normalised
            }
            else if (kind == 5)
            {
                texts.Add(string.Join(' ', Enumerable.Range(0, 5).Select(_ => vocabulary[random.Next(vocabulary.Length)]))); // a brief
            }
            else
            {
                // near (kind 2-3: a few words changed) or far (kind 4: half of them)
                var words = texts[random.Next(texts.Count)].Split(' ');
                int changes = kind == 4 ? words.Length / 2 : 1 + random.Next(3);
                for (int c = 0; c < changes; c++)
                {
                    words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Length)];
                }

                texts.Add(string.Join(' ', words));
            }
        }

        return texts;
    }

    private static SqliteConnection OpenMigrated(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        SqliteMigrations.Apply(connection);
        return connection;
    }

    private static string Snapshot(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'members:' || (SELECT count(*) FROM dedup_members) || ' '
                || (SELECT group_concat(seq || '>' || canonical_seq || ':' || coalesce(hex(signature), '-'), ' ') FROM (SELECT * FROM dedup_members ORDER BY seq)) || ' | '
                || (SELECT group_concat(key || '>' || seq, ' ') FROM (SELECT * FROM dedup_exact ORDER BY key)) || ' | '
                || (SELECT group_concat(band_key || '>' || seq, ' ') FROM (SELECT * FROM dedup_bands ORDER BY band_key, seq))
            """;
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
