namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The entity keys and (folded name, entity key) name rows this store's writer knows to be in the
/// database, so an article whose entities are all known skips the entity upsert and the name
/// insert (two of its three entity statements; most articles name entities the corpus has seen).
/// Entity and name rows are never deleted or renumbered, so a row that committed stays true for
/// every process; rows a transaction wrote are only added here once it committed (a rolled-back
/// batch adds nothing). A key another process added is simply not known: its article runs the
/// upsert, which finds the row. Bounded: past <see cref="MaxEntries"/> it starts again empty.
/// </summary>
internal sealed class KnownEntityRows
{
    /// <summary>~100 bytes an entry: a corpus with more distinct entities than this pays the upsert
    /// for the ones it forgot, never unbounded memory.</summary>
    internal const int MaxEntries = 1_000_000;

    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<(string NameKey, string Key)> names = [];

    public bool HasKey(string key) => keys.Contains(key);

    public bool HasName((string NameKey, string Key) name) => names.Contains(name);

    /// <summary>Adds what a committed transaction wrote.</summary>
    public void Add(IEnumerable<string> committedKeys, IEnumerable<(string NameKey, string Key)> committedNames)
    {
        keys.UnionWith(committedKeys);
        names.UnionWith(committedNames);
        if (keys.Count > MaxEntries || names.Count > MaxEntries)
        {
            keys.Clear();
            names.Clear();
        }
    }
}
