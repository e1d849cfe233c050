using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Newsgraph.Cli.Commands;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>
/// Kills <c>newsgraph ingest</c> (SIGKILL) at seeded random points of its run, restarts it each time,
/// and proves the crash-safety contract. "Acknowledged" = an id the process printed with
/// <c>--print-ids</c> (printed only after its batch committed). After every kill: every acknowledged
/// id is in the database, no article is stored twice, and <c>PRAGMA integrity_check</c> and the
/// FTS5 integrity check pass. At the end every article is stored exactly once.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Articles = 3000;
    private const int Rounds = 5;
    private readonly TempFolder temp = new("newsgraph-cli-crash");

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // --bulk: a kill leaves deferred indexes and near-duplicate rows for the next open
    public async Task Killed_runs_lose_nothing_acknowledged_and_store_nothing_twice(bool bulk)
    {
        string jsonl = Path.Combine(temp.Path, "articles.jsonl");
        await File.WriteAllLinesAsync(jsonl, Enumerable.Range(0, Articles).Select(i =>
            $$"""{"id":"k{{i}}","title":"Item {{i}}","text":"Article {{i}} reports that unit {{i * 7919 % 1000}} moved to site {{i % 37}} on day {{i % 28}}. It is one of many.","published":"2023-09-{{1 + i % 28:00}}","source":"s{{i % 11}}.example","url":"https://s{{i % 11}}.example/{{i}}"}"""));
        string db = Path.Combine(temp.Path, "corpus.db");
        var random = new Random(20261129);
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        int kills = 0;
        for (int round = 0; round < Rounds; round++)
        {
            // kill once this run has acknowledged a random share of what is left, then a random moment later
            int remaining = Articles - acknowledged.Count;
            int killAfter = remaining <= 1 ? 1 : random.Next(1, remaining);
            using var child = new IngestChild(jsonl, db, bulk);
            bool reached = await child.WaitForAcknowledgedAsync(killAfter, TimeSpan.FromMinutes(5));
            await Task.Delay(random.Next(0, 150));
            kills += child.Kill() ? 1 : 0;
            await child.WaitForExitAsync();
            acknowledged.UnionWith(child.Acknowledged);

            var stored = StoredIds(db);
            Assert.True(reached || child.ExitCode == 0, $"round {round}: the run neither acknowledged {killAfter} articles nor finished");
            Assert.Empty(acknowledged.Except(stored)); // nothing acknowledged is lost
            Assert.Equal(stored.Count, Count(db, "SELECT count(DISTINCT url) FROM articles")); // nothing stored twice
            Assert.Equal("ok", Integrity(db));
        }

        Assert.True(kills > 0, "no run was killed mid-way");
        using (var final = new IngestChild(jsonl, db, bulk))
        {
            await final.WaitForExitAsync();
            Assert.Equal(0, final.ExitCode);
        }

        Assert.Equal("ok", Integrity(db));
        Assert.Equal(Articles, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Articles, Count(db, "SELECT count(DISTINCT url) FROM articles"));
        Assert.Equal(Articles, Count(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'many'"));

        // the near-duplicate index holds every article once (a killed bulk load's rows were added
        // by the next open), and no bulk load's mark is left
        Assert.Equal(Articles, Count(db, "SELECT count(*) FROM dedup_members"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM dedup_backfill"));
    }

    private static HashSet<string> StoredIds(string db)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (Count(db, "SELECT 0") < 0)
        {
            return ids;
        }

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles";
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    /// <summary>The query's count; -1 when there is no corpus yet (killed before the schema was made).</summary>
    private static long Count(string db, string sql)
    {
        if (!File.Exists(db))
        {
            return -1;
        }

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'articles'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return -1;
        }

        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Integrity(string db)
    {
        if (Count(db, "SELECT 0") < 0)
        {
            return "ok";
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        string result = (string)command.ExecuteScalar()!;
        command.CommandText = "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)";
        command.ExecuteNonQuery(); // throws SQLITE_CORRUPT_VTAB if the full-text index disagrees with the table
        return result;
    }

    /// <summary>The built CLI as a child process, collecting the ids it acknowledges.</summary>
    private sealed class IngestChild : IDisposable
    {
        private readonly Process process;
        private readonly Lock gate = new();
        private readonly List<string> acknowledged = [];
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];

        public IngestChild(string jsonl, string db, bool bulk = false)
        {
            string cli = typeof(NewsgraphCommandLine).Assembly.Location;
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { cli, "ingest", jsonl, "--db", db, "--threads", "2", "--print-ids" })
            {
                info.ArgumentList.Add(arg);
            }

            if (bulk)
            {
                info.ArgumentList.Add("--bulk");
            }

            process = Process.Start(info)!;
            process.OutputDataReceived += (_, e) => OnLine(e.Data);
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public IReadOnlyList<string> Acknowledged
        {
            get
            {
                lock (gate)
                {
                    return [.. acknowledged];
                }
            }
        }

        public int ExitCode => process.ExitCode;

        /// <summary>True once <paramref name="count"/> ids were acknowledged; false if the run ended first or time ran out.</summary>
        public async Task<bool> WaitForAcknowledgedAsync(int count, TimeSpan limit)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gate)
            {
                if (acknowledged.Count >= count)
                {
                    return true;
                }

                waiters.Add((count, reached));
            }

            var done = await Task.WhenAny(reached.Task, process.WaitForExitAsync(), Task.Delay(limit));
            return done == reached.Task;
        }

        /// <summary>SIGKILL; false when the process had already ended.</summary>
        public bool Kill()
        {
            if (process.HasExited)
            {
                return false;
            }

            process.Kill(entireProcessTree: true);
            return true;
        }

        public async Task WaitForExitAsync()
        {
            await process.WaitForExitAsync();
            process.WaitForExit(); // drains the redirected output: every printed id is collected
        }

        public void Dispose()
        {
            Kill();
            process.Dispose();
        }

        private void OnLine(string? line)
        {
            if (line is null || !line.StartsWith("stored ", StringComparison.Ordinal))
            {
                return;
            }

            lock (gate)
            {
                acknowledged.Add(line["stored ".Length..]);
                foreach (var waiter in waiters.Where(w => acknowledged.Count >= w.Count).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Reached.TrySetResult();
                }
            }
        }
    }
}
