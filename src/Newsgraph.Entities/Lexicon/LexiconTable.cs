using Newsgraph.Core.Models;

namespace Newsgraph.Entities.Lexicon;

/// <summary>
/// One key table of the lexicon file, read in place: a look-up hashes the key into the file's table
/// and builds the record it finds (once; the lexicon keeps it).
/// </summary>
internal sealed class LexiconTable<T>(KeyedRecordFile file, int table, Func<int, T> record)
    where T : class
{
    public int Count => file.EntryCount(table);

    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => file.EntryOf(table, key) >= 0;

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        var postings = file.Find(table, key);
        value = postings.IsEmpty ? null : record(postings[0]);
        return value is not null;
    }
}

/// <summary>A word list of the lexicon file (role nouns, titles, organisation heads), read in place.</summary>
internal sealed class LexiconSet(KeyedRecordFile file, int table) : IEnumerable<string>
{
    public int Count => file.EntryCount(table);

    public bool Contains(string key) => file.EntryOf(table, key) >= 0;

    public IEnumerator<string> GetEnumerator()
    {
        for (int entry = 0; entry < Count; entry++)
        {
            yield return TabSeparatedText.Text(file.Key(table, entry));
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
