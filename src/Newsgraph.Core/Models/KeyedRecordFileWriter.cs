using System.Numerics;
using System.Text;

namespace Newsgraph.Core.Models;

/// <summary>
/// Builds a <see cref="KeyedRecordFile"/>: records are added in order (their ordinal is returned) and
/// keys are added to tables with the collision rule the file kind needs (append, first wins, last
/// wins). The output depends only on what was added, so a retrain from the same sources is
/// byte-identical.
/// </summary>
public sealed class KeyedRecordFileWriter
{
    private readonly string header;
    private readonly Dictionary<string, List<int>>[] tables;
    private readonly MemoryStream records = new();
    private readonly List<int> recordOffsets = [0];

    public KeyedRecordFileWriter(string header, int tableCount)
    {
        this.header = header;
        tables = new Dictionary<string, List<int>>[tableCount];
        for (int t = 0; t < tableCount; t++)
        {
            tables[t] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        }
    }

    public int RecordCount => recordOffsets.Count - 1;

    /// <summary>Adds a record (a line without its "\n") and returns its ordinal.</summary>
    public int AddRecord(ReadOnlySpan<byte> line)
    {
        if (line.Contains((byte)'\n'))
        {
            throw new ArgumentException("a record is one line", nameof(line));
        }

        records.Write(line);
        records.WriteByte((byte)'\n');
        recordOffsets.Add(checked((int)records.Length));
        return RecordCount - 1;
    }

    /// <summary>Adds <paramref name="posting"/> after the ones already under <paramref name="key"/>.</summary>
    public void Append(int table, string key, int posting)
    {
        if (tables[table].TryGetValue(key, out var list))
        {
            list.Add(posting);
        }
        else
        {
            tables[table][key] = [posting];
        }
    }

    /// <summary>Puts <paramref name="posting"/> under <paramref name="key"/> unless the key has one (first wins).</summary>
    public bool TryAdd(int table, string key, int posting) => tables[table].TryAdd(key, [posting]);

    /// <summary>Makes <paramref name="posting"/> the only one under <paramref name="key"/> (last wins).</summary>
    public void Set(int table, string key, int posting) => tables[table][key] = [posting];

    /// <summary>The first posting under <paramref name="key"/>, if any.</summary>
    public bool TryGetFirst(int table, string key, out int posting)
    {
        bool found = tables[table].TryGetValue(key, out var list);
        posting = found ? list![0] : -1;
        return found;
    }

    public byte[] ToArray()
    {
        var sorted = new (byte[] Key, List<int> Postings)[tables.Length][];
        var slotCounts = new int[tables.Length];
        int postingCount = 0;
        int keyBytes = 0;
        for (int t = 0; t < tables.Length; t++)
        {
            // Key byte order, so the file does not depend on dictionary enumeration order.
            sorted[t] = [.. tables[t].Select(p => (Encoding.UTF8.GetBytes(p.Key), p.Value))];
            Array.Sort(sorted[t], (a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
            // At most half the slots used: short probe runs.
            slotCounts[t] = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, sorted[t].Length * 2));
            foreach (var (key, postings) in sorted[t])
            {
                postingCount += postings.Count;
                keyBytes += key.Length;
            }
        }

        var output = new MemoryStream();
        var writer = new BinaryWriter(output, Encoding.UTF8);
        writer.Write(Encoding.UTF8.GetBytes(header + "\n"));
        writer.Flush();
        Pad(output);
        writer.Write(RecordCount);
        writer.Write(tables.Length);
        writer.Write(postingCount);
        writer.Write(keyBytes);
        writer.Write(checked((int)records.Length));
        for (int t = 0; t < tables.Length; t++)
        {
            writer.Write(sorted[t].Length);
            writer.Write(slotCounts[t]);
        }

        foreach (int offset in recordOffsets)
        {
            writer.Write(offset);
        }

        int keyAt = 0;
        int postingAt = 0;
        foreach (var table in sorted)
        {
            foreach (var (key, postings) in table)
            {
                writer.Write(keyAt);
                writer.Write(key.Length);
                writer.Write(postingAt);
                writer.Write(postings.Count);
                keyAt += key.Length;
                postingAt += postings.Count;
            }
        }

        for (int t = 0; t < tables.Length; t++)
        {
            var slots = new int[slotCounts[t]];
            int mask = slots.Length - 1;
            for (int e = 0; e < sorted[t].Length; e++)
            {
                int at = (int)(KeyedRecordFile.Hash(sorted[t][e].Key) & (uint)mask);
                while (slots[at] != 0)
                {
                    at = (at + 1) & mask;
                }

                slots[at] = e + 1;
            }

            foreach (int slot in slots)
            {
                writer.Write(slot);
            }
        }

        foreach (var table in sorted)
        {
            foreach (var (_, postings) in table)
            {
                foreach (int posting in postings)
                {
                    writer.Write(posting);
                }
            }
        }

        foreach (var table in sorted)
        {
            foreach (var (key, _) in table)
            {
                writer.Write(key);
            }
        }

        writer.Flush();
        Pad(output);
        records.WriteTo(output);
        return output.ToArray();
    }

    private static void Pad(MemoryStream output)
    {
        while (output.Length % 4 != 0)
        {
            output.WriteByte(0);
        }
    }
}
