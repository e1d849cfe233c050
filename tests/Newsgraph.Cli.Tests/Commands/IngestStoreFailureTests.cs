using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Newsgraph.TestSupport;

namespace Newsgraph.Cli.Tests.Commands;

/// <summary>A full disk and a read-only database stop <c>ingest</c> with a clear message and exit code 3, losing nothing committed.</summary>
public sealed class IngestStoreFailureTests : IDisposable
{
    private readonly TempFolder temp = new("newsgraph-cli-store");

    private string Db => temp.Db;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_full_disk_stops_with_exit_code_3_keeps_the_committed_batches_and_a_rerun_completes()
    {
        // --max-db-bytes caps the file with SQLite's max_page_count: the write that passes it fails
        // with SQLITE_FULL, exactly as a full disk does
        string jsonl = await ArticlesAsync(1500);

        var full = await CliRun.InvokeAsync("ingest", jsonl, "--db", Db, "--max-db-bytes", "1500000");

        Assert.Equal(3, full.ExitCode);
        Assert.Contains("is full", full.Error, StringComparison.Ordinal);
        Assert.Contains("nothing committed was lost", full.Error, StringComparison.Ordinal);
        long kept = Scalar("SELECT count(*) FROM articles");
        Assert.InRange(kept, 1, 1499);
        Assert.Equal("ok", Scalar<string>("PRAGMA integrity_check"));

        var rerun = await CliRun.InvokeAsync("ingest", jsonl, "--db", Db);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"skipped {kept:N0}", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(1500, Scalar("SELECT count(DISTINCT url) FROM articles"));
        Assert.Equal(1500, Scalar("SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task A_read_only_database_is_refused_with_exit_code_3_before_any_work()
    {
        string jsonl = await ArticlesAsync(3);
        Assert.Equal(0, (await CliRun.InvokeAsync("ingest", jsonl, "--db", Db)).ExitCode);
        if (!MakeReadOnly(Db))
        {
            return; // root where files cannot be made immutable: no way to deny a write here
        }

        try
        {
            var run = await CliRun.InvokeAsync("ingest", jsonl, "--db", Db);

            Assert.Equal(3, run.ExitCode);
            Assert.Contains("is read-only", run.Error, StringComparison.Ordinal);

            var search = await CliRun.InvokeAsync("search", "article", "--db", Db, "--format", "json");
            Assert.Equal(0, search.ExitCode); // reading still works
        }
        finally
        {
            MakeWritable(Db);
        }
    }

    [Fact]
    public async Task A_read_only_folder_is_refused_with_exit_code_3_and_says_so()
    {
        // the file may be written, but SQLite cannot create the -wal and -shm files beside it
        string jsonl = await ArticlesAsync(3);
        string folder = Path.Combine(temp.Path, "corpus");
        Directory.CreateDirectory(folder);
        string db = Path.Combine(folder, "corpus.db");
        Assert.Equal(0, (await CliRun.InvokeAsync("ingest", jsonl, "--db", db)).ExitCode);
        Assert.False(File.Exists(db + "-wal")); // closing removed them
        if (!MakeReadOnly(folder))
        {
            return; // root where files cannot be made immutable: no way to deny a write here
        }

        try
        {
            var run = await CliRun.InvokeAsync("ingest", jsonl, "--db", db);

            Assert.Equal(3, run.ExitCode);
            Assert.Contains($"The folder {folder} holding the database is read-only", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            MakeWritable(folder);
        }
    }

    private async Task<string> ArticlesAsync(int count)
    {
        string path = Path.Combine(temp.Path, "articles.jsonl");
        await File.WriteAllLinesAsync(path, Enumerable.Range(0, count).Select(i => IngestFixtures.JsonlLine(
            $"d{i}", string.Concat(Enumerable.Repeat($"Article {i} reports that unit {i * 7919 % 1000} moved to site {i % 37}. ", 12)), $"https://d.example/{i}")));
        return path;
    }

    /// <summary>chmod for a normal user; as root (which ignores modes), the immutable attribute.</summary>
    private static bool MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
            return !Directory.Exists(path); // a read-only folder still takes new files there
        }

        if (Environment.UserName != "root")
        {
            // a folder keeps its search (x) bits: files in it can be opened, none created
            var search = Directory.Exists(path) ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : UnixFileMode.None;
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead | search);
            return true;
        }

        return Run("chattr", "+i", path);
    }

    private static void MakeWritable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
        else if (Environment.UserName == "root")
        {
            Run("chattr", "-i", path);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | (Directory.Exists(path) ? UnixFileMode.UserExecute : UnixFileMode.None));
        }
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr here
        }
    }

    private long Scalar(string sql) => Scalar<long>(sql);

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
