using System.CommandLine;
using Newsgraph.Corpus.Store;
using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Cli.Commands;

/// <summary>The <c>--db</c> option every corpus command shares, and opening the store it names.</summary>
internal static class CorpusDatabase
{
    public const string DefaultPath = "newsgraph.db";

    public static Option<string> Option() => new("--db")
    {
        Description = $"The corpus database file (SQLite; default {DefaultPath} in the current folder).",
        DefaultValueFactory = _ => DefaultPath,
    };

    /// <summary>Opens the store, or writes why it cannot be opened and returns null.</summary>
    public static ICorpusStore? Open(string path, bool readOnly, TextWriter stderr, long? maxBytes = null)
    {
        try
        {
            return SqliteCorpusStore.Open(path, readOnly, maxBytes);
        }
        catch (CorpusStoreException ex)
        {
            stderr.WriteLine("newsgraph: " + ex.Message);
            return null;
        }
    }
}
