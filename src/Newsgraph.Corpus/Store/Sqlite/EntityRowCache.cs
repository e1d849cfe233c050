namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Entity rows known to be committed: key → entity number, and (folded name, entity number) rows of
/// <c>entity_names</c>. Both tables only ever gain rows and a number never changes, so what one
/// commit saw stays true for every later transaction of any process; a rolled-back transaction's
/// rows never get here (they wait in <see cref="Pending"/> until their commit). Bounded: past
/// <see cref="MaxEntries"/> it starts over (a miss only costs the lookup it would have spared).
/// </summary>
internal sealed class EntityRowCache
{
    /// <summary>~100 bytes an entry: at most ~50 MB however many entities a corpus names.</summary>
    private const int MaxEntries = 500_000;

    private readonly Dictionary<string, long> numbers = new(StringComparer.Ordinal);
    private readonly HashSet<(string NameKey, long EntityNo)> names = [];

    public bool TryGetNumber(string key, out long number) => numbers.TryGetValue(key, out number);

    public bool HasName(string nameKey, long entityNo) => names.Contains((nameKey, entityNo));

    public void Merge(Pending pending)
    {
        if (numbers.Count + pending.Numbers.Count > MaxEntries || names.Count + pending.Names.Count > MaxEntries)
        {
            numbers.Clear();
            names.Clear();
        }

        foreach (var (key, number) in pending.Numbers)
        {
            numbers[key] = number;
        }

        names.UnionWith(pending.Names);
    }

    /// <summary>Rows one transaction wrote or found; kept only if it commits.</summary>
    public sealed class Pending
    {
        public Dictionary<string, long> Numbers { get; } = new(StringComparer.Ordinal);

        public HashSet<(string NameKey, long EntityNo)> Names { get; } = [];
    }
}
