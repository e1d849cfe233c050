using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Newsgraph.Core.Models;

/// <summary>
/// A read-only file of text records (one tab-separated UTF-8 line each) with hashed key tables, read
/// in place from one buffer: opening it checks the layout and builds nothing, and a record's strings
/// and numbers are made only when a look-up finds it. Why: building every record of the gazetteer and
/// the entity lexicon as objects at start-up cost ~300 ms of CPU, most of a cold `analyze` (docs/benchmarks.md,
/// coldstart2); a page looks up a few hundred names. Written by <see cref="KeyedRecordFileWriter"/>.
/// <para>Layout (little-endian int32s; every section starts at a multiple of 4):</para>
/// <list type="number">
/// <item>a header line naming the file kind and version ("#places-gazetteer\t2\n"), zero-padded;</item>
/// <item>recordCount, tableCount, postingCount, keyBytes, recordBytes;</item>
/// <item>per table: entryCount, slotCount (a power of two);</item>
/// <item>recordOffsets[recordCount + 1] into the record bytes;</item>
/// <item>per table: entries[entryCount] of (keyOffset, keyLength, firstPosting, postingCount), sorted by key bytes;</item>
/// <item>per table: slots[slotCount], entry index + 1 (0: empty), at <see cref="Hash"/>(key) with linear probing;</item>
/// <item>postings[postingCount] (what a posting means is the file kind's: a record ordinal, say);</item>
/// <item>the key bytes (UTF-8), zero-padded; the record bytes (UTF-8 lines, each ending "\n").</item>
/// </list>
/// </summary>
public sealed class KeyedRecordFile
{
    private const int EntryInts = 4;

    private readonly byte[] buffer;
    private readonly Table[] tables;
    private readonly int recordOffsets;
    private readonly int postings;
    private readonly int postingCount;
    private readonly int keys;
    private readonly int records;

    private KeyedRecordFile(byte[] buffer, Table[] tables, int recordCount, int recordOffsets, int postings, int postingCount, int keys, int records)
    {
        this.buffer = buffer;
        this.tables = tables;
        RecordCount = recordCount;
        this.recordOffsets = recordOffsets;
        this.postings = postings;
        this.postingCount = postingCount;
        this.keys = keys;
        this.records = records;
    }

    public int RecordCount { get; }

    public int TableCount => tables.Length;

    /// <summary>True when <paramref name="bytes"/> starts with the header line <paramref name="header"/>.</summary>
    public static bool HasHeader(ReadOnlySpan<byte> bytes, string header)
    {
        int length = Encoding.UTF8.GetByteCount(header);
        Span<byte> expected = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(header, expected);
        return bytes.Length > length && bytes.StartsWith(expected) && bytes[length] == (byte)'\n';
    }

    /// <summary>The whole of <paramref name="stream"/> as one array: an embedded resource (seekable) is read
    /// into one uninitialised array with no growing copies; any other stream is copied.</summary>
    public static byte[] ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            byte[] bytes = GC.AllocateUninitializedArray<byte>(checked((int)(stream.Length - stream.Position)));
            stream.ReadExactly(bytes);
            return bytes;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// Reads the file in <paramref name="buffer"/> (kept, not copied) after checking its header line
    /// and that every offset stays inside it; throws <see cref="InvalidDataException"/> otherwise.
    /// </summary>
    public static KeyedRecordFile Open(byte[] buffer, string header, int tableCount)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("keyed record files are read in place as little-endian integers");
        }

        if (!HasHeader(buffer, header))
        {
            throw new InvalidDataException($"not a \"{header.Replace('\t', ' ')}\" file");
        }

        var reader = new Cursor(buffer, Align(Encoding.UTF8.GetByteCount(header) + 1));
        int recordCount = reader.Count();
        int fileTables = reader.Count();
        int postingCount = reader.Count();
        int keyBytes = reader.Count();
        int recordBytes = reader.Count();
        if (fileTables != tableCount)
        {
            throw new InvalidDataException($"{fileTables} tables where {tableCount} were expected");
        }

        var tables = new Table[tableCount];
        for (int t = 0; t < tableCount; t++)
        {
            tables[t] = new Table(reader.Count(), reader.Count());
            if (tables[t].SlotCount < tables[t].EntryCount || !BitOperations.IsPow2(tables[t].SlotCount))
            {
                throw new InvalidDataException("a key table has too few slots or a slot count not a power of two");
            }
        }

        int recordOffsets = reader.Skip(((long)recordCount + 1) * 4);
        for (int t = 0; t < tableCount; t++)
        {
            tables[t] = tables[t] with { Entries = reader.Skip((long)tables[t].EntryCount * EntryInts * 4) };
        }

        for (int t = 0; t < tableCount; t++)
        {
            tables[t] = tables[t] with { Slots = reader.Skip((long)tables[t].SlotCount * 4) };
        }

        int postings = reader.Skip((long)postingCount * 4);
        int keys = reader.Skip(Align(keyBytes));
        int records = reader.Skip(recordBytes);
        var file = new KeyedRecordFile(buffer, tables, recordCount, recordOffsets, postings, postingCount, keys, records);
        file.Check(keyBytes, recordBytes);
        return file;
    }

    /// <summary>The record's line, without its "\n"; throws <see cref="InvalidDataException"/> for an ordinal out of range.</summary>
    public ReadOnlySpan<byte> Record(int ordinal)
    {
        if ((uint)ordinal >= (uint)RecordCount)
        {
            throw new InvalidDataException($"record {ordinal} of {RecordCount}");
        }

        var offsets = Ints(recordOffsets, RecordCount + 1);
        return buffer.AsSpan(records + offsets[ordinal], offsets[ordinal + 1] - offsets[ordinal] - 1);
    }

    public int EntryCount(int table) => tables[table].EntryCount;

    /// <summary>The key of a table's entry (entries are in key byte order).</summary>
    public ReadOnlySpan<byte> Key(int table, int entry)
    {
        var e = Entry(table, entry);
        return buffer.AsSpan(keys + e[0], e[1]);
    }

    /// <summary>The postings of a table's entry, in the order the writer added them.</summary>
    public ReadOnlySpan<int> Postings(int table, int entry)
    {
        var e = Entry(table, entry);
        return Ints(postings + (e[2] * 4), e[3]);
    }

    /// <summary>The postings under <paramref name="key"/> in <paramref name="table"/>; empty when it is not there.</summary>
    public ReadOnlySpan<int> Find(int table, ReadOnlySpan<char> key)
    {
        int entry = EntryOf(table, key);
        return entry < 0 ? [] : Postings(table, entry);
    }

    /// <summary>The entry index of <paramref name="key"/> in <paramref name="table"/>, or -1.</summary>
    public int EntryOf(int table, ReadOnlySpan<char> key)
    {
        // Keys were written from strings, so a key that is not valid UTF-16 (a lone surrogate) is in no table.
        int most = key.Length * 3;
        Span<byte> bytes = most <= 512 ? stackalloc byte[most] : new byte[most];
        if (Utf8.FromUtf16(key, bytes, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return -1;
        }

        return EntryOf(table, bytes[..written]);
    }

    /// <summary>The entry index of the UTF-8 <paramref name="key"/> in <paramref name="table"/>, or -1.</summary>
    public int EntryOf(int table, ReadOnlySpan<byte> key)
    {
        var t = tables[table];
        if (t.EntryCount == 0)
        {
            return -1;
        }

        var slots = Ints(t.Slots, t.SlotCount);
        int mask = t.SlotCount - 1;
        int at = (int)(Hash(key) & (uint)mask);
        for (int probe = 0; probe < t.SlotCount; probe++, at = (at + 1) & mask)
        {
            int entry = slots[at] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (Key(table, entry).SequenceEqual(key))
            {
                return entry;
            }
        }

        return -1;
    }

    /// <summary>FNV-1a over the key's UTF-8 bytes: stable across processes and runtimes, unlike string hash codes.</summary>
    public static uint Hash(ReadOnlySpan<byte> key)
    {
        uint hash = 2166136261;
        foreach (byte b in key)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }

    internal static int Align(int offset) => (offset + 3) & ~3;

    private ReadOnlySpan<int> Entry(int table, int entry)
    {
        var t = tables[table];
        if ((uint)entry >= (uint)t.EntryCount)
        {
            throw new ArgumentOutOfRangeException(nameof(entry));
        }

        return Ints(t.Entries + (entry * EntryInts * 4), EntryInts);
    }

    private ReadOnlySpan<int> Ints(int offset, int count) => MemoryMarshal.Cast<byte, int>(buffer.AsSpan(offset, count * 4));

    /// <summary>Every offset and count inside its section, so a look-up on a corrupt file cannot read past it.</summary>
    private void Check(int keyBytes, int recordBytes)
    {
        var offsets = Ints(recordOffsets, RecordCount + 1);
        if (offsets[0] != 0 || offsets[RecordCount] != recordBytes)
        {
            throw new InvalidDataException("record offsets do not span the record bytes");
        }

        for (int r = 0; r < RecordCount; r++)
        {
            if (offsets[r + 1] <= offsets[r] || offsets[r + 1] > recordBytes || buffer[records + offsets[r + 1] - 1] != (byte)'\n')
            {
                throw new InvalidDataException($"record {r} is empty or not ended by a new line");
            }
        }

        foreach (var t in tables)
        {
            var entries = Ints(t.Entries, t.EntryCount * EntryInts);
            for (int e = 0; e < entries.Length; e += EntryInts)
            {
                if (entries[e] < 0 || entries[e + 1] < 0 || (long)entries[e] + entries[e + 1] > keyBytes
                    || entries[e + 2] < 0 || entries[e + 3] < 0 || (long)entries[e + 2] + entries[e + 3] > postingCount)
                {
                    throw new InvalidDataException("a key entry points outside the file");
                }
            }

            foreach (int slot in Ints(t.Slots, t.SlotCount))
            {
                if ((uint)slot > (uint)t.EntryCount)
                {
                    throw new InvalidDataException("a key slot points past its table");
                }
            }
        }
    }

    private readonly record struct Table(int EntryCount, int SlotCount, int Entries = 0, int Slots = 0);

    /// <summary>Walks the fixed part of the file, checking each section fits.</summary>
    private ref struct Cursor(byte[] buffer, int position)
    {
        private int position = position;

        public int Count()
        {
            int at = Skip(4);
            int value = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(at));
            return value >= 0 ? value : throw new InvalidDataException("negative count in a keyed record file");
        }

        public int Skip(long bytes)
        {
            if (bytes < 0 || position + bytes > buffer.Length)
            {
                throw new InvalidDataException("truncated keyed record file");
            }

            int at = position;
            position += (int)bytes;
            return at;
        }
    }
}
