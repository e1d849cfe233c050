using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The write connection's prepared statements, kept from one write transaction to the next: a raw
/// ingest commits a batch of 32 pages, and preparing its ~40 statements again for each batch was a
/// fixed cost of 0.25–0.34 ms a page (docs/benchmarks.md, ingest-raw3). A statement stays valid
/// across transactions, and SQLite prepares it again by itself after a schema change (an index
/// dropped for a bulk load). Not thread-safe: one writer uses it at a time.
/// </summary>
internal sealed class SqliteStatements : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    /// <summary>The statement for <paramref name="sql"/>, prepared on first use, bound to the open
    /// transaction (parameters keep the last values set: every caller sets those it uses).</summary>
    public SqliteCommand Get(SqliteConnection connection, SqliteTransaction transaction, string sql, Func<string, IEnumerable<string>> parameterNames)
    {
        if (commands.TryGetValue(sql, out var command))
        {
            command.Transaction = transaction;
            return command;
        }

        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (string name in parameterNames(sql))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        commands[sql] = command;
        return command;
    }

    /// <summary>Finalises every statement (after a failed transaction too, so nothing it left in a
    /// statement reaches the next one).</summary>
    public void Clear()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }

    public void Dispose() => Clear();
}
