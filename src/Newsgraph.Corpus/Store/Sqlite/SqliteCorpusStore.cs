using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsgraph.Core.Report;
using Newsgraph.Corpus.Dedup;
using Newsgraph.Corpus.Ingest;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The embedded corpus store: one SQLite file in WAL mode (readers never block the writer), schema
/// migrations on open, one write transaction per ingest batch. A crash mid-batch rolls the batch
/// back as a whole, so the database always holds exactly the batches that committed. Several
/// processes may open the same file; SQLite serialises their writers.
/// </summary>
public sealed class SqliteCorpusStore : ICorpusStore
{
    /// <summary>How long a writer waits for another process's write transaction before giving up.
    /// An ingest batch commits in well under a second, so a minute means something is stuck.</summary>
    private const int BusyTimeoutMs = 60_000;

    /// <summary>Articles whose near-duplicate rows a bulk load holds in memory before it writes them
    /// (~650 bytes each: ~170 MB). A kill loses at most these to the backfill at the next open
    /// (~0.4 ms CPU an article, its text fingerprinted again).</summary>
    internal const int MaxDeferredDuplicates = 262_144;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection writeConnection;

    /// <summary>The write connection's prepared statements, kept across write transactions.</summary>
    private readonly SqliteStatements writeStatements = new();
    private readonly SqliteConnection readConnection;
    private readonly Lock readLock = new();
    private readonly KnownEntityRows knownEntityRows = new();
    private readonly NearDuplicateIndex fingerprinter = new();
    private readonly SeqSets seqSets;

    /// <summary>Checkpoints the WAL off the writer's thread (null when read-only).</summary>
    private readonly WalCheckpointer? checkpointer;
    private bool writerOpen;

    /// <summary><see cref="IsSourceKnown"/>'s statement on the read connection (under the read lock).</summary>
    private SqliteCommand? sourceKnown;

    /// <summary>A bulk load's near-duplicate rows not yet written (null outside a bulk load).</summary>
    private DeferredDuplicateRows? deferredDuplicates;

    private SqliteCorpusStore(string path, SqliteConnection write, SqliteConnection read, int schemaVersion, WalCheckpointer? checkpointer)
    {
        Path = path;
        this.checkpointer = checkpointer;
        writeConnection = write;
        readConnection = read;
        seqSets = new SeqSets(read);
        SchemaVersion = schemaVersion;
    }

    public string Path { get; }

    public int SchemaVersion { get; }

    /// <summary>The largest WAL file the writer has seen before a transaction (bytes; 0 read-only).</summary>
    internal long PeakWalBytes => checkpointer?.PeakWalBytes ?? 0;

    /// <summary>Checkpoints that emptied the WAL for the writer, and those readers held off.</summary>
    internal (int Done, int HeldOff) WalTruncations => checkpointer?.Truncations ?? default;

    /// <summary>When set, write transactions add their per-phase times here (benches).</summary>
    public IngestPhaseTimes? Timings { get; set; }

    /// <summary>Opens (creating when missing) the corpus at <paramref name="path"/> and migrates its
    /// schema. Throws <see cref="CorpusStoreException"/> with a clear message when the file is not a
    /// newsgraph database or cannot be written.</summary>
    /// <param name="maxBytes">A size cap for the file (SQLite's max_page_count): writing past it
    /// fails as a full disk does, the batch rolls back and ingest stops with a clear message.</param>
    public static SqliteCorpusStore Open(string path, bool readOnly = false, long? maxBytes = null) =>
        Open(path, readOnly, maxBytes, WalCheckpointer.DefaultRestartFrames);

    /// <summary><see cref="Open(string, bool, long?)"/> with the WAL size (frames) at which the writer
    /// lets it start over (tests use a small one).</summary>
    internal static SqliteCorpusStore Open(string path, bool readOnly, long? maxBytes, long walRestartFrames)
    {
        string full = System.IO.Path.GetFullPath(path);
        CheckFile(full, readOnly);
        SqliteConnection? write = null;
        SqliteConnection? read = null;
        WalCheckpointer? checkpointer = null;
        try
        {
            write = Connect(full, readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate);
            int version;
            if (readOnly)
            {
                version = SqliteMigrations.CurrentVersion(write);
                if (version != SqliteMigrations.Latest)
                {
                    throw new CorpusStoreException($"{full} has schema version {version}; open it once for writing (newsgraph ingest) to migrate it to {SqliteMigrations.Latest}.");
                }
            }
            else
            {
                CheckWritable(write, full);
                Pragma(write, "journal_mode = WAL");
                CheckForeign(write, full);
                version = SqliteMigrations.Apply(write);
                DeferredIndexes.Restore(write); // after a bulk load that was killed before its end
                DuplicateBackfill.Run(write, full, new NearDuplicateIndex()); // once, after migration 5
                if (maxBytes is { } cap)
                {
                    CapSize(write, cap);
                }

                FullTextMerging.Restore(write); // after a bulk load that was killed before its end
                // commits no longer checkpoint on the writer's thread (see WalCheckpointer)
                Pragma(write, "wal_autocheckpoint = 0");
                checkpointer = new WalCheckpointer(full, walRestartFrames);
            }

            read = Connect(full, SqliteOpenMode.ReadOnly);
            return new SqliteCorpusStore(full, write, read, version, checkpointer);
        }
        catch (SqliteException ex)
        {
            checkpointer?.Dispose();
            write?.Dispose();
            read?.Dispose();
            throw readOnly ? SqliteErrors.Describe(ex, full) : SqliteErrors.DescribeOpenForWriting(ex, full);
        }
        catch
        {
            checkpointer?.Dispose();
            write?.Dispose();
            read?.Dispose();
            throw;
        }
    }

    public bool IsSourceKnown(string sourceUri, string sourceSha256)
    {
        lock (readLock)
        {
            // asked once per source item, before its analysis: prepared once per store (building and
            // preparing the statement on every call cost more than running it)
            if (sourceKnown is null)
            {
                var command = readConnection.CreateCommand();
                command.CommandText = "SELECT 1 FROM sources WHERE uri = $u AND sha256 = $h";
                command.Parameters.Add(new SqliteParameter("$u", SqliteType.Text));
                command.Parameters.Add(new SqliteParameter("$h", SqliteType.Text));
                command.Prepare();
                sourceKnown = command;
            }

            sourceKnown.Parameters[0].Value = sourceUri;
            sourceKnown.Parameters[1].Value = sourceSha256;
            try
            {
                return sourceKnown.ExecuteScalar() is not null;
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Describe(ex, Path);
            }
        }
    }

    public bool IsSourceUriKnown(string sourceUri)
    {
        lock (readLock)
        {
            using var command = readConnection.CreateCommand();
            command.CommandText = "SELECT 1 FROM sources WHERE uri = $u LIMIT 1"; // the (uri, sha256) key's prefix
            command.Parameters.AddWithValue("$u", sourceUri);
            return command.ExecuteScalar() is not null;
        }
    }

    public ICorpusWriter BeginWrite()
    {
        if (writerOpen)
        {
            throw new InvalidOperationException("A write transaction is already open on this store.");
        }

        try
        {
            if (deferredDuplicates is { Count: >= MaxDeferredDuplicates })
            {
                FlushDeferredDuplicates(endOfLoad: false);
            }

            checkpointer?.WaitIfLarge();
            var writer = new SqliteCorpusWriter(writeConnection, Path, Timings, knownEntityRows, fingerprinter, Closed, deferredDuplicates, writeStatements);
            writerOpen = true;
            return writer;
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, Path);
        }
    }

    /// <summary>
    /// Merges the full-text index into one segment (FTS5 <c>optimize</c>; the ingest loop runs it
    /// at the end of a run that stored <see cref="IngestOptions.OptimizeFullTextAfter"/> articles). Ingest leaves a bulk load
    /// as many segments (FTS5 merges them only a few at a time), and a text search reads a word's
    /// doclist from each of them, so a merged index halves the per-hit seeks of a search. It rewrites
    /// the whole index (CPU in proportion to the corpus): run it after a bulk load, not per batch.
    /// One transaction: a crash leaves the index as it was.
    /// </summary>
    public void OptimizeFullText()
    {
        if (writerOpen)
        {
            throw new InvalidOperationException("A write transaction is open on this store.");
        }

        try
        {
            checkpointer?.WaitIfLarge(); // the rewrite is one large transaction: start it on an empty WAL
            using var command = writeConnection.CreateCommand();
            command.CommandText = "INSERT INTO articles_fts(articles_fts) VALUES('optimize')";
            command.ExecuteNonQuery();
            checkpointer?.Request();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, Path);
        }
    }

    /// <summary>Drops the indexes only searches use, for a bulk load (<see cref="DeferredIndexes"/>):
    /// searches stay correct but slow until <see cref="RestoreIndexes"/> or the next open for writing.
    /// The near-duplicate rows of the articles stored meanwhile are held in memory
    /// (<see cref="DeferredDuplicateRows"/>) and written in sorted passes: every
    /// <see cref="MaxDeferredDuplicates"/> articles and by <see cref="RestoreIndexes"/>. Before the
    /// first article, <c>dedup_backfill</c> records that the articles after the current last one are
    /// not in the stored index yet (through = the largest number): a load killed before a pass
    /// leaves that mark, and the next open for writing adds those articles by the backfill
    /// (<see cref="DuplicateBackfill"/>) before anything else is stored. For one writing process:
    /// another process storing meanwhile does not see the rows held here.</summary>
    public void DeferIndexes()
    {
        Maintain(DeferredIndexes.Drop);
        Maintain(FullTextMerging.Defer);
        if (deferredDuplicates is not null)
        {
            return;
        }

        Maintain(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // a pending mark (another process's bulk load, an unfinished backfill) stays as it is:
            // this load then writes its rows as usual
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM dedup_backfill)";
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0)
            {
                return;
            }

            command.CommandText = "INSERT INTO dedup_backfill(done, through) SELECT coalesce(max(seq), 0), $through FROM articles";
            command.Parameters.AddWithValue("$through", long.MaxValue);
            command.ExecuteNonQuery();
            transaction.Commit();
            deferredDuplicates = new DeferredDuplicateRows();
        });
    }

    /// <summary>Writes the near-duplicate rows a bulk load held and builds the indexes
    /// <see cref="DeferIndexes"/> dropped (each by one sort).</summary>
    public void RestoreIndexes()
    {
        if (deferredDuplicates is not null)
        {
            FlushDeferredDuplicates(endOfLoad: true);
        }

        Maintain(DeferredIndexes.Restore);
        Maintain(FullTextMerging.Restore);
    }

    public SearchResults Search(SearchQuery query) => Read(c => SqliteSearch.Run(c, query, null, null, seqSets));

    /// <summary>A search under other bounds (tests use small ones).</summary>
    internal SearchResults Search(SearchQuery query, SearchLimits limits) => Read(c => SqliteSearch.Run(c, query, limits, null, seqSets));

    /// <summary>A search that probes common filter values instead of using the held sets (the bench
    /// compares the two plans' results).</summary>
    internal SearchResults SearchWithoutSets(SearchQuery query) => Read(c => SqliteSearch.Run(c, query));

    /// <summary>A search that adds the time of each of its steps to <paramref name="phases"/> (the bench).</summary>
    internal SearchResults Search(SearchQuery query, SearchPhaseTimes phases) => Read(c => SqliteSearch.Run(c, query, null, phases, seqSets));

    public IReadOnlyList<StorySummary> Stories(DateOnly? from, DateOnly? to, int limit) => Read(c => SqliteStoryQueries.List(c, from, to, limit));

    public StoryDetail? Story(string storyId) => Read(c => SqliteStoryQueries.Detail(c, storyId));

    public EntityProfile? Entity(string nameOrAlias) => Read(c => SqliteEntityQueries.Profile(c, nameOrAlias));

    public IEnumerable<StoredArticle> Export(SearchQuery? query, CancellationToken cancellationToken)
    {
        // A separate connection: the export streams for as long as the caller reads.
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        foreach (var article in SqliteExport.Run(connection, query, cancellationToken))
        {
            yield return article;
        }
    }

    public IEnumerable<StoredEvent> ExportEvents(SearchQuery? query, CancellationToken cancellationToken)
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        foreach (var e in SqliteEventExport.Run(connection, query, cancellationToken))
        {
            yield return e;
        }
    }

    public CorpusCounts Counts() => Read(c =>
    {
        using var command = c.CreateCommand();
        // latest = all minus superseded: the superseded are counted on their small partial index
        // (migration 4); is_latest = 1 would read every article row (ingest prints this count)
        command.CommandText = """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles) - (SELECT count(*) FROM articles WHERE is_latest = 0),
                   (SELECT count(*) FROM duplicate_groups), (SELECT count(*) FROM stories), (SELECT count(*) FROM entities)
            """;
        using var r = command.ExecuteReader();
        r.Read();
        return new CorpusCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), SchemaVersion);
    });

    public AnalysisReport? Report(string articleId) => Read(c =>
    {
        using var command = c.CreateCommand();
        command.CommandText = "SELECT b.report, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.id = $id";
        command.Parameters.AddWithValue("$id", articleId);
        using var r = command.ExecuteReader();
        return r.Read() && ReportJson.Deserialize(r.GetString(0)) is { } report
            ? report with { Article = report.Article with { Text = r.GetString(1) } }
            : null;
    });

    public void Dispose()
    {
        if (deferredDuplicates is { Count: > 0 } && !writerOpen)
        {
            try
            {
                // a bulk load that ended early (failed, cancelled): what it held is written now, so
                // the next open need not fingerprint those articles again; the mark stays
                FlushDeferredDuplicates(endOfLoad: false);
            }
            catch (CorpusStoreException)
            {
                // disk full, read-only: the mark makes the next open add them by the backfill
            }
        }

        // the read-only connection first: the last connection to close checkpoints the WAL into
        // the database file and removes it, and only a writable one can
        checkpointer?.Dispose();
        sourceKnown?.Dispose();
        writeStatements.Dispose();
        readConnection.Dispose();
        try
        {
            // planner statistics for the tables that changed a lot (SQLite's advice for a
            // connection about to close); without them a filter can pick a scan over an index
            // never wait for another process's write lock here: statistics can wait for next time
            Pragma(writeConnection, "busy_timeout = 0");
            Pragma(writeConnection, "analysis_limit = 1000");
            // 0x10002: look at every table, not only those this connection queried (3.46+)
            Pragma(writeConnection, "optimize = 0x10002");
        }
        catch (SqliteException)
        {
            // read-only or busy: queries work without fresh statistics
        }

        writeConnection.Dispose();
    }

    internal static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMs / 1000,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        Pragma(connection, "busy_timeout = " + BusyTimeoutMs.ToString(CultureInfo.InvariantCulture));

        // NORMAL in WAL mode: a killed process never loses a committed batch; only an OS crash or
        // power cut can lose the last batches (never corrupt the file). FULL would fsync every commit.
        Pragma(connection, "synchronous = NORMAL");
        Pragma(connection, "temp_store = MEMORY");
        Pragma(connection, "cache_size = -65536");
        return connection;
    }

    /// <summary>Writes the held near-duplicate rows in one transaction with the mark's progress:
    /// at the end of the load the mark goes, otherwise it moves to the last stored article.</summary>
    private void FlushDeferredDuplicates(bool endOfLoad)
    {
        var rows = deferredDuplicates!;
        Maintain(connection =>
        {
            var start = IngestPhaseTimes.Start(Timings);
            using (var writer = new SqliteCorpusWriter(connection, Path, null, new KnownEntityRows(), fingerprinter, static () => { }))
            {
                rows.Flush(writer.Command);
                writer.Command(endOfLoad
                    ? "DELETE FROM dedup_backfill"
                    : "UPDATE dedup_backfill SET done = (SELECT coalesce(max(seq), 0) FROM articles)").ExecuteNonQuery();
                writer.Commit();
            }

            rows.Clear();
            if (endOfLoad)
            {
                deferredDuplicates = null;
            }

            if (!endOfLoad)
            {
                Timings?.Stop(IngestPhase.Dedup, start); // the last pass is part of the run's Finish phase
            }
        });
    }

    private void Maintain(Action<SqliteConnection> action)
    {
        if (writerOpen)
        {
            throw new InvalidOperationException("A write transaction is open on this store.");
        }

        try
        {
            checkpointer?.WaitIfLarge(); // index builds and flushes are large transactions too
            action(writeConnection);
            checkpointer?.Request();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Describe(ex, Path);
        }
    }

    /// <summary>A write transaction ended (committed or rolled back): what it committed can be
    /// copied into the database file now.</summary>
    private void Closed()
    {
        writerOpen = false;
        checkpointer?.Request();
    }

    private T Read<T>(Func<SqliteConnection, T> query)
    {
        lock (readLock)
        {
            try
            {
                return query(readConnection);
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Describe(ex, Path);
            }
        }
    }

    /// <summary>SQLite quietly opens a file it may not write (permissions, an immutable file, a
    /// read-only mount) read-only; say so now rather than after a batch has been analysed.</summary>
    private static void CheckWritable(SqliteConnection connection, string path)
    {
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            throw new CorpusStoreException($"The database {path} is read-only (file or folder permissions, or a read-only disk); ingest needs write access.");
        }
    }

    /// <summary>Caps the database at the pages that fit in <paramref name="maxBytes"/> (never below
    /// what it holds: SQLite would ignore that).</summary>
    private static void CapSize(SqliteConnection connection, long maxBytes)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        long pageSize = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        Pragma(connection, "max_page_count = " + Math.Max(1, maxBytes / pageSize).ToString(CultureInfo.InvariantCulture));
    }

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        command.ExecuteNonQuery();
    }

    /// <summary>Refuses a file that is not SQLite before SQLite sees it (its own error is cryptic).</summary>
    private static void CheckFile(string path, bool readOnly)
    {
        if (Directory.Exists(path))
        {
            throw new CorpusStoreException($"{path} is a folder, not a database file.");
        }

        if (!File.Exists(path))
        {
            if (readOnly)
            {
                throw new CorpusStoreException($"No corpus at {path} (create one with newsgraph ingest).");
            }

            string? folder = System.IO.Path.GetDirectoryName(path);
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new CorpusStoreException($"The folder {folder} does not exist.");
            }

            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusStoreException($"Cannot read {path}: {ex.Message}", ex);
        }

        if (read == 0)
        {
            return; // an empty file: SQLite makes it a database
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new CorpusStoreException($"{path} is not a newsgraph database (not an SQLite file); give another --db path.");
        }
    }

    /// <summary>An SQLite file written by another program (tables but no migration record) is refused.</summary>
    private static void CheckForeign(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        bool ours = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        bool empty = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
        if (!ours && !empty)
        {
            throw new CorpusStoreException($"{path} is an SQLite database of another program, not a newsgraph corpus; give another --db path.");
        }
    }
}
