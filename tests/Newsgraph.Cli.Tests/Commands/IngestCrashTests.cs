using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Newsgraph.Cli.Commands;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>
/// Kills <c>newsgraph ingest</c> (SIGKILL) at random moments, restarts it each time, and checks that
/// the database is intact, that every article is stored exactly once at the end, and that nothing a
/// killed run had committed was lost.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Articles = 3000;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsgraph-cli-crash", Guid.NewGuid().ToString("N"));

    public IngestCrashTests() => Directory.CreateDirectory(folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // temp space is reclaimed anyway
        }
    }

    [Fact]
    public async Task Killed_runs_lose_nothing_committed_and_store_nothing_twice()
    {
        string jsonl = Path.Combine(folder, "articles.jsonl");
        await File.WriteAllLinesAsync(jsonl, Enumerable.Range(0, Articles).Select(i =>
            $$"""{"id":"k{{i}}","title":"Item {{i}}","text":"Article {{i}} reports that unit {{i * 7919 % 1000}} moved to site {{i % 37}} on day {{i % 28}}. It is one of many.","published":"2023-09-{{1 + i % 28:00}}","source":"s{{i % 11}}.example","url":"https://s{{i % 11}}.example/{{i}}"}"""));
        string db = Path.Combine(folder, "corpus.db");
        var random = new Random(12345);
        long committed = 0;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            using var process = Start(jsonl, db);
            await Task.Delay(random.Next(400, 2500));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            long now = Count(db, "SELECT count(*) FROM articles");
            Assert.True(now >= committed, $"a killed run lost committed articles ({now} < {committed})");
            committed = now;
            Assert.Equal("ok", Integrity(db));
        }

        using (var final = Start(jsonl, db))
        {
            await final.WaitForExitAsync();
            Assert.Equal(0, final.ExitCode);
        }

        Assert.Equal("ok", Integrity(db));
        Assert.Equal(Articles, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Articles, Count(db, "SELECT count(DISTINCT url) FROM articles"));
        Assert.Equal(Articles, Count(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'many'"));
    }

    private static Process Start(string jsonl, string db)
    {
        string cli = typeof(NewsgraphCommandLine).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { cli, "ingest", jsonl, "--db", db, "--threads", "2" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long Count(string db, string sql)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'articles'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return 0;
        }

        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Integrity(string db)
    {
        if (!File.Exists(db))
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
}
