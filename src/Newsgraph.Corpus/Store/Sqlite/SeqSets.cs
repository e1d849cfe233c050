using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;

namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// The article numbers of common filter values (an event type or claim status held by a fifth of a
/// million articles, an entity in tens of thousands), kept in memory as bitmaps once a value is asked
/// for a second time, so checking a full-text match against it is a bit test through a SQL function
/// (<see cref="Function"/>) instead of an index probe per match. At 1M articles a word's 50,000
/// matches checked against an event type and a claim status cost two B-tree seeks each (~1 µs),
/// ~50 ms CPU a search; a bitmap is ~125 KB a value and is read once (~0.3 µs a row, the value's
/// index read in order).
/// </summary>
/// <remarks>
/// A value's first use still probes: a one-off search (the CLI) would pay the whole read for nothing.
/// The sets are dropped whenever the database changes: <c>PRAGMA data_version</c> on the store's
/// read connection moves with every commit of any other connection (this store's writer, another
/// process). Used under the store's read lock, like the connection it is registered on.
/// </remarks>
internal sealed class SeqSets
{
    /// <summary>The SQL function <c>newsgraph_in_set(slot, seq)</c>: whether <c>seq</c> is in the set
    /// a search put in <c>slot</c>.</summary>
    public const string Function = "newsgraph_in_set";

    /// <summary>Sets kept at once (least recently used dropped first): a handful of event types and
    /// claim statuses is what searches filter on; ~125 KB each at 1M articles.</summary>
    private const int MaxSets = 12;

    /// <summary>Uses of a common value after which its set is built (see remarks).</summary>
    private const int BuildAtUse = 2;

    /// <summary>Values whose uses are counted before the counts start over (entities are many).</summary>
    private const int MaxCounted = 1_024;

    private readonly Dictionary<string, Entry> sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> uses = new(StringComparer.Ordinal);
    private readonly List<ulong[]> slots = [];
    private long dataVersion = long.MinValue;
    private long clock;

    /// <remarks>Registered through SQLitePCL directly: Microsoft.Data.Sqlite's typed wrapper
    /// (<c>CreateFunction</c>) costs ~0.2 µs more a call (a reader object, generic conversions, a boxed
    /// result), and a filtered search calls it once per match of its words (~60,000 for a common
    /// word at 1M articles).</remarks>
    public SeqSets(SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_create_function(connection.Handle, Function, 2, SQLitePCL.raw.SQLITE_UTF8, null, InSet);

    private void InSet(SQLitePCL.sqlite3_context context, object userData, SQLitePCL.sqlite3_value[] args) =>
        SQLitePCL.raw.sqlite3_result_int(context, Contains(slots[(int)SQLitePCL.raw.sqlite3_value_int64(args[0])], SQLitePCL.raw.sqlite3_value_int64(args[1])) ? 1 : 0);

    /// <summary>Starts a search: frees the previous search's slots and drops every set when the
    /// database changed since the last search.</summary>
    public void Begin(SqliteConnection connection)
    {
        slots.Clear();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        long version = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version != dataVersion)
        {
            sets.Clear();
            uses.Clear();
            dataVersion = version;
        }
    }

    /// <summary>The set of <paramref name="key"/> when it is held: its rows and a condition on
    /// <paramref name="seq"/>.</summary>
    public Set? Held(string key, string seq)
    {
        if (!sets.TryGetValue(key, out var held))
        {
            return null;
        }

        held.LastUse = ++clock;
        return Slot(held.Bits, held.Rows, seq);
    }

    /// <summary>Counts a use of the common value <paramref name="key"/>; at its second, reads its
    /// article numbers (<paramref name="list"/>, parameters from <paramref name="parameters"/>) into a
    /// set and returns it as <see cref="Held"/> does; null before.</summary>
    public Set? Use(string key, string list, SqliteCommand parameters, string seq)
    {
        if (uses.Count >= MaxCounted && !uses.ContainsKey(key))
        {
            uses.Clear();
        }

        int n = uses[key] = uses.GetValueOrDefault(key) + 1;
        if (n < BuildAtUse || parameters.Connection is not { } connection)
        {
            return null;
        }

        var bits = Read(connection, list, parameters);
        if (sets.Count >= MaxSets)
        {
            sets.Remove(sets.MinBy(s => s.Value.LastUse).Key);
        }

        var held = new Entry(bits, bits.Sum(w => (long)BitOperations.PopCount(w))) { LastUse = ++clock };
        sets[key] = held;
        uses.Remove(key);
        return Slot(held.Bits, held.Rows, seq);
    }

    /// <summary>The article numbers in all of <paramref name="sets"/> (this search's), as one set: one
    /// bit test per candidate instead of one per filter (~20 µs to AND two sets at 1M articles).</summary>
    public Set Intersect(IReadOnlyList<Set> sets, string seq)
    {
        var bits = (ulong[])slots[sets[0].Slot].Clone();
        foreach (var set in sets.Skip(1))
        {
            var other = slots[set.Slot];
            for (int i = 0; i < bits.Length; i++)
            {
                bits[i] &= i < other.Length ? other[i] : 0;
            }
        }

        return Slot(bits, bits.Sum(w => (long)BitOperations.PopCount(w)), seq);
    }

    private Set Slot(ulong[] bits, long rows, string seq)
    {
        slots.Add(bits);
        int slot = slots.Count - 1;
        return new Set(slot, rows, $"{Function}({slot.ToString(CultureInfo.InvariantCulture)}, {seq})");
    }

    private static bool Contains(ulong[] bits, long seq) =>
        (ulong)(seq >> 6) < (ulong)bits.Length && (bits[seq >> 6] & (1UL << (int)(seq & 63))) != 0;

    private static ulong[] Read(SqliteConnection connection, string list, SqliteCommand parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = list;
        foreach (SqliteParameter p in parameters.Parameters)
        {
            if (list.Contains(p.ParameterName, StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue(p.ParameterName, p.Value);
            }
        }

        var bits = new ulong[1024];
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            long seq = r.GetInt64(0);
            if (seq < 0)
            {
                continue;
            }

            long word = seq >> 6;
            if (word >= bits.Length)
            {
                Array.Resize(ref bits, (int)Math.Max(word + 1, bits.Length * 2L));
            }

            bits[word] |= 1UL << (int)(seq & 63);
        }

        return bits;
    }

    /// <summary>A set put in this search's <paramref name="Slot"/>: its distinct article numbers and
    /// the condition testing one.</summary>
    public sealed record Set(int Slot, long Rows, string Condition);

    private sealed class Entry(ulong[] bits, long rows)
    {
        public ulong[] Bits { get; } = bits;

        /// <summary>Distinct article numbers in the set.</summary>
        public long Rows { get; } = rows;

        public long LastUse { get; set; }
    }
}
