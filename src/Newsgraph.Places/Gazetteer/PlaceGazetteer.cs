using System.Globalization;
using System.Text;
using Newsgraph.Core.Models;

namespace Newsgraph.Places.Gazetteer;

/// <summary>
/// The GeoNames extract the places stage resolves against (countries, admin-1 regions, cities of
/// 15,000+, demonyms), read from the embedded <see cref="GazetteerFormat.FileName"/> once, lazily.
/// Lookups take names in <see cref="PlaceNameKey"/> form. The file's key tables are read in place and
/// an entry is built the first time a look-up finds it: building all 37k at load was most of the
/// places stage's start-up (docs/benchmarks.md, coldstart2).
/// </summary>
public sealed class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> Embedded = new(() => Newsgraph.Core.Diagnostics.StartupTimings.Measure("load places-gazetteer-v2", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The most fields a record kind has (a populated place: 11).</summary>
    private const int MaxFields = 12;

    /// <summary>Name → entries; a posting is record ordinal × 2, plus 1 when the name is an alternate.</summary>
    private const int NameTable = 0;

    /// <summary>GeoNames id (invariant decimal) → its first record.</summary>
    private const int IdTable = 1;

    /// <summary>ISO2 → country record (the last of a repeated code, as format 1 loaded).</summary>
    private const int CountryTable = 2;

    /// <summary>"CC.A1" → admin-1 record (last wins).</summary>
    private const int Admin1Table = 3;

    /// <summary>Demonym → D record (first wins).</summary>
    private const int DemonymTable = 4;

    private const int TableCount = 5;

    private readonly KeyedRecordFile file;

    /// <summary>Entries built so far, by record ordinal; filled at most once per slot (races build equal entries, the first is kept).</summary>
    private readonly GazetteerEntry?[] entries;

    private PlaceGazetteer(KeyedRecordFile file)
    {
        this.file = file;
        entries = new GazetteerEntry?[file.RecordCount];
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static PlaceGazetteer Default => Embedded.Value;

    public int Count => file.EntryCount(IdTable);

    /// <summary>Entries named <paramref name="key"/> (lookup form); empty when none.</summary>
    public IReadOnlyList<GazetteerHit> Lookup(string key)
    {
        var postings = file.Find(NameTable, key);
        if (postings.IsEmpty)
        {
            return [];
        }

        var hits = new GazetteerHit[postings.Length];
        for (int i = 0; i < hits.Length; i++)
        {
            hits[i] = new GazetteerHit(Entry(postings[i] >> 1), (postings[i] & 1) != 0);
        }

        return hits;
    }

    public GazetteerEntry? Country(string iso2) => First(CountryTable, iso2) is int record ? Entry(record) : null;

    /// <summary>The admin-1 region "CC.A1" ("US.ID").</summary>
    public GazetteerEntry? Admin1(string admin1Key) => First(Admin1Table, admin1Key) is int record ? Entry(record) : null;

    public GazetteerEntry? ById(long geonameId) =>
        First(IdTable, geonameId.ToString(CultureInfo.InvariantCulture)) is int record ? Entry(record) : null;

    public IReadOnlyList<string> NeighboursOf(string iso2)
    {
        if (First(CountryTable, iso2) is not int record)
        {
            return [];
        }

        var line = file.Record(record);
        Span<Range> fields = stackalloc Range[MaxFields];
        var f = fields[..TabSeparatedText.SplitFields(line, fields)];
        return line[f[7]].IsEmpty ? [] : List(line[f[7]], ',');
    }

    /// <summary>The country of a demonym or nationality adjective in lookup form ("north korean" → KP).</summary>
    public string? CountryOfDemonym(string key)
    {
        if (First(DemonymTable, key) is not int record)
        {
            return null;
        }

        var line = file.Record(record);
        Span<Range> fields = stackalloc Range[MaxFields];
        var f = fields[..TabSeparatedText.SplitFields(line, fields)];
        return Text(line, f[1]);
    }

    /// <summary>
    /// Reads a gazetteer file: format 2 as it is, format 1 (gzip'd text) converted in memory. Throws
    /// <see cref="InvalidDataException"/> on a wrong header or a truncated file.
    /// </summary>
    public static PlaceGazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes = KeyedRecordFile.ReadAll(stream);
        if (bytes.AsSpan().StartsWith(GzipMagic))
        {
            bytes = Convert(TabSeparatedText.Inflate(new MemoryStream(bytes)).Span);
        }

        return new PlaceGazetteer(KeyedRecordFile.Open(bytes, GazetteerFormat.Header, TableCount));
    }

    /// <summary>
    /// The format-2 file of a format-1 text body (inflated): its records are the text's lines, keyed
    /// with format 1's collision rules, so every look-up answers as the format-1 loader did.
    /// Throws <see cref="InvalidDataException"/> on a wrong header or a malformed record.
    /// </summary>
    public static byte[] Convert(ReadOnlySpan<byte> text)
    {
        var rest = text;
        if (!TabSeparatedText.NextLine(ref rest, out var header) || !header.SequenceEqual(Encoding.UTF8.GetBytes(GazetteerFormat.TextHeader)))
        {
            throw new InvalidDataException($"not a {GazetteerFormat.TextFileName} (format {GazetteerFormat.TextVersion}) file");
        }

        var writer = new KeyedRecordFileWriter(GazetteerFormat.Header, TableCount);
        Span<Range> fields = stackalloc Range[MaxFields];
        while (TabSeparatedText.NextLine(ref rest, out var line))
        {
            int count = TabSeparatedText.SplitFields(line, fields);
            AddRecord(writer, line, fields[..count]);
        }

        return writer.ToArray();
    }

    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];

    private static void AddRecord(KeyedRecordFileWriter writer, ReadOnlySpan<byte> line, ReadOnlySpan<Range> f)
    {
        if (f.Length == 0 || line[f[0]].Length != 1)
        {
            return;
        }

        char kind = (char)line[f[0]][0];
        if (kind is not ('C' or 'A' or 'P' or 'D') || f.Length < (kind switch { 'C' or 'A' => 9, 'P' => 11, _ => 3 }))
        {
            return;
        }

        int record = writer.AddRecord(line);
        if (kind == 'D')
        {
            foreach (string key in List(line[f[2]], '|'))
            {
                writer.TryAdd(DemonymTable, key, record);
            }

            return;
        }

        // Built now as well, so a malformed number fails the conversion as it failed the format-1 load.
        var entry = Parse(line, f);
        switch (kind)
        {
            case 'C':
                writer.Set(CountryTable, entry.CountryCode, record);
                AddNames(writer, entry, record, line[f[8]], alternate: false);
                break;
            case 'A':
                writer.Set(Admin1Table, entry.CountryCode + "." + entry.Admin1, record);
                AddNames(writer, entry, record, line[f[8]], alternate: false);
                break;
            default:
                AddNames(writer, entry, record, line[f[9]], alternate: false);
                AddNames(writer, entry, record, line[f[10]], alternate: true);
                break;
        }
    }

    private static void AddNames(KeyedRecordFileWriter writer, GazetteerEntry entry, int record, ReadOnlySpan<byte> keys, bool alternate)
    {
        writer.TryAdd(IdTable, entry.GeonameId.ToString(CultureInfo.InvariantCulture), record);
        if (keys.IsEmpty)
        {
            return;
        }

        foreach (var item in TabSeparatedText.Items(keys, (byte)'|'))
        {
            writer.Append(NameTable, TabSeparatedText.Text(item), (record * 2) + (alternate ? 1 : 0));
        }
    }

    /// <summary>A C, A or P record as its entry (the record's field count was checked when it was written).</summary>
    private static GazetteerEntry Parse(ReadOnlySpan<byte> line, ReadOnlySpan<Range> f)
    {
        try
        {
            return (char)line[f[0]][0] switch
            {
                'C' => new GazetteerEntry(Long(line[f[1]]), PlaceKind.Country, Text(line, f[2]), null, Double(line[f[3]]), Double(line[f[4]]), Long(line[f[5]]), "PCLI", Text(line, f[6])),
                'A' => new GazetteerEntry(Long(line[f[1]]), PlaceKind.Admin1, Text(line, f[2]), Text(line, f[3]), Double(line[f[4]]), Double(line[f[5]]), Long(line[f[6]]), "ADM1", Text(line, f[7])),
                _ => new GazetteerEntry(Long(line[f[1]]), PlaceKind.City, Text(line, f[2]), Text(line, f[3]), Double(line[f[4]]), Double(line[f[5]]), Long(line[f[6]]), Text(line, f[7]), Text(line, f[8])),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new InvalidDataException("malformed gazetteer record: " + Encoding.UTF8.GetString(line), e);
        }
    }

    private GazetteerEntry Entry(int record)
    {
        if ((uint)record >= (uint)entries.Length)
        {
            throw new InvalidDataException($"gazetteer posting to record {record} of {entries.Length}");
        }

        if (Volatile.Read(ref entries[record]) is { } built)
        {
            return built;
        }

        var line = file.Record(record);
        Span<Range> fields = stackalloc Range[MaxFields];
        var f = fields[..TabSeparatedText.SplitFields(line, fields)];
        if (f.Length < 9 || line[f[0]].Length != 1 || (char)line[f[0]][0] is not ('C' or 'A' or 'P'))
        {
            throw new InvalidDataException("a gazetteer name points at a record that is not a place: " + Encoding.UTF8.GetString(line));
        }

        return Interlocked.CompareExchange(ref entries[record], Parse(line, f), null) ?? entries[record]!;
    }

    private int? First(int table, string key)
    {
        var postings = file.Find(table, key);
        return postings.IsEmpty ? null : postings[0];
    }

    private static PlaceGazetteer LoadEmbedded()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(GazetteerFormat.ResourceName)
            ?? throw new InvalidOperationException($"embedded {GazetteerFormat.FileName} missing: run `newsgraph train gazetteer`");
        return Load(stream);
    }

    private static string[] List(ReadOnlySpan<byte> field, char separator)
    {
        var items = new List<string>();
        foreach (Range range in field.Split((byte)separator))
        {
            items.Add(TabSeparatedText.Text(field[range]));
        }

        return [.. items];
    }

    private static string Text(ReadOnlySpan<byte> line, Range field) => TabSeparatedText.Text(line[field]);

    private static long Long(ReadOnlySpan<byte> s) => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Double(ReadOnlySpan<byte> s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
