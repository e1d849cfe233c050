using Newsgraph.Core.Models;

namespace Newsgraph.Entities.Lexicon;

/// <summary>
/// The entity stage's lookup tables, built by `newsgraph-training entity-lexicon` from shared/data
/// and embedded in this assembly (Models/entity-lexicon-v2.bin, format in docs/entities.md).
/// Every table is keyed by <see cref="NameKey"/>. Loaded once, lazily; read-only after that. The
/// file's key tables are read in place and a record is built the first time a look-up finds it:
/// building all 70k at load was most of the entity stage's start-up (docs/benchmarks.md, coldstart2).
/// </summary>
internal sealed class EntityLexicon
{
    private const string ResourceName = "Newsgraph.Entities.entity-lexicon-v2.bin";

    /// <summary>Longest name, in words, that the phrase scanner tries.</summary>
    public const int MaxPhraseWords = 8;

    private static readonly Lazy<EntityLexicon> Embedded = new(() => Newsgraph.Core.Diagnostics.StartupTimings.Measure("load entity-lexicon-v2", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Header line of the format-2 file; format 1 (gzip'd text, no header) is converted in memory.</summary>
    internal const string Header = "#entity-lexicon\t2";

    internal const string FileName = "entity-lexicon-v2.bin";

    private const int CountryTable = 0;
    private const int Iso3Table = 1;
    private const int Iso2Table = 2;
    private const int NationalityTable = 3;
    private const int PlaceTable = 4;
    private const int ActorTable = 5;
    private const int RoleTable = 6;
    private const int TitleTable = 7;
    private const int HeadTable = 8;
    private const int TableCount = 9;

    private readonly KeyedRecordFile file;

    /// <summary>Records built so far, by ordinal; each slot is filled once (a race keeps the first), so a record is one object.</summary>
    private readonly object?[] records;

    private EntityLexicon(KeyedRecordFile file)
    {
        this.file = file;
        records = new object?[file.RecordCount];
        Countries = new(file, CountryTable, Record<CountryRecord>);
        CountriesByIso3 = new(file, Iso3Table, Record<CountryRecord>);
        CountriesByIso2 = new(file, Iso2Table, Record<CountryRecord>);
        Nationalities = new(file, NationalityTable, Record<NationalityRecord>);
        Places = new(file, PlaceTable, Record<PlaceRecord>);
        Actors = new(file, ActorTable, Record<ActorRecord>);
        RoleNouns = new(file, RoleTable);
        Titles = new(file, TitleTable);
        OrgHeads = new(file, HeadTable);
    }

    /// <summary>The most fields a record kind has (a country: 6).</summary>
    private const int MaxFields = 8;

    public static EntityLexicon Default => Embedded.Value;

    /// <summary>Country names and aliases ("us", "america", "north korea").</summary>
    public LexiconTable<CountryRecord> Countries { get; }

    public LexiconTable<CountryRecord> CountriesByIso3 { get; }

    public LexiconTable<CountryRecord> CountriesByIso2 { get; }

    /// <summary>Nationality adjectives and their plurals ("north korean", "afghans").</summary>
    public LexiconTable<NationalityRecord> Nationalities { get; }

    /// <summary>Regions and cities; for a shared name, the region, else the most populous city.</summary>
    public LexiconTable<PlaceRecord> Places { get; }

    /// <summary>Phoenix actor names ("vladimir putin", "united nations", "kremlin").</summary>
    public LexiconTable<ActorRecord> Actors { get; }

    /// <summary>Lower-case role nouns ("spokesman", "leader", "candidate") from WordNet's person hyponyms.</summary>
    public LexiconSet RoleNouns { get; }

    /// <summary>Person titles in lookup form ("president", "sen", "gen").</summary>
    public LexiconSet Titles { get; }

    /// <summary>Words that end organisation names ("council", "ministry", "party").</summary>
    public LexiconSet OrgHeads { get; }

    /// <summary>
    /// Reads a lexicon file: format 2 as it is, format 1 (gzip'd text) converted in memory. Throws
    /// <see cref="InvalidDataException"/> on a truncated or malformed file.
    /// </summary>
    internal static EntityLexicon Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes = KeyedRecordFile.ReadAll(stream);
        if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            bytes = Convert(TabSeparatedText.Inflate(new MemoryStream(bytes)).Span);
        }

        return new EntityLexicon(KeyedRecordFile.Open(bytes, Header, TableCount));
    }

    /// <summary>
    /// The format-2 file of a format-1 text body (inflated): its records are the text's lines, its
    /// tables keyed with format 1's collision rules, so every look-up answers as format 1's did.
    /// </summary>
    internal static byte[] Convert(ReadOnlySpan<byte> text)
    {
        // Keys are stored in lookup form (the generator ran NameKey), so converting only splits lines.
        var writer = new KeyedRecordFileWriter(Header, TableCount);
        var built = new List<object?>();
        var rest = text;
        Span<Range> ranges = stackalloc Range[MaxFields];
        while (TabSeparatedText.NextLine(ref rest, out var line))
        {
            var f = new Fields(line, ranges[..TabSeparatedText.SplitFields(line, ranges)]);
            if (f.Count == 0 || f[0].Length != 1)
            {
                continue;
            }

            char kind = (char)f[0][0];
            int least = kind switch { 'C' or 'P' => 6, 'O' => 5, 'N' or 'A' => 4, 'R' or 'T' or 'H' => 2, _ => int.MaxValue };
            if (f.Count < least)
            {
                continue;
            }

            int record = writer.AddRecord(line);
            object? value = kind is 'R' or 'T' or 'H' ? null : Parse(f);
            built.Add(value);
            switch (value)
            {
                case CountryRecord country:
                    writer.Set(Iso3Table, country.Iso3, record);
                    writer.Set(Iso2Table, country.Iso2, record);
                    foreach (var key in TabSeparatedText.Items(f[5], (byte)'|'))
                    {
                        writer.TryAdd(CountryTable, TabSeparatedText.Text(key), record);
                    }

                    break;
                case NationalityRecord:
                    foreach (var key in TabSeparatedText.Items(f[3], (byte)'|'))
                    {
                        writer.TryAdd(NationalityTable, TabSeparatedText.Text(key), record);
                    }

                    break;
                case PlaceRecord place:
                    foreach (var key in TabSeparatedText.Items(f[kind == 'A' ? 3 : 5], (byte)'|'))
                    {
                        AddPlace(TabSeparatedText.Text(key), place, record);
                    }

                    break;
                case ActorRecord actor:
                    foreach (var item in TabSeparatedText.Items(f[4], (byte)'|'))
                    {
                        string key = TabSeparatedText.Text(item);
                        if (!writer.TryGetFirst(ActorTable, key, out int existing) || (!((ActorRecord)built[existing]!).IsOrg && actor.IsOrg))
                        {
                            writer.Set(ActorTable, key, record);
                        }
                    }

                    break;
                default:
                    writer.TryAdd(kind switch { 'R' => RoleTable, 'T' => TitleTable, _ => HeadTable }, f.Text(1), record);
                    break;
            }
        }

        return writer.ToArray();

        void AddPlace(string key, PlaceRecord place, int record)
        {
            // A national capital outranks a region of the same name ("Washington"), a region outranks
            // other cities ("New York"), and among cities the most populous wins.
            if (!writer.TryGetFirst(PlaceTable, key, out int at) || built[at] is not PlaceRecord existing
                || (!existing.IsCapital && (place.IsCapital
                    || (!existing.IsRegion && (place.IsRegion || place.Population > existing.Population)))))
            {
                writer.Set(PlaceTable, key, record);
            }
        }
    }

    /// <summary>A C, N, A, P or O record (its field count checked) as its record object.</summary>
    private static object Parse(Fields f)
    {
        try
        {
            return (char)f[0][0] switch
            {
                'C' => new CountryRecord(f.Text(1), f.Text(2), f.Text(3), f.Text(4)),
                'N' => new NationalityRecord(f[1].IsEmpty ? null : f.Text(1), f.Text(2)),
                'A' => new PlaceRecord(f.Text(1), f.Text(2), "", 0, false, true),
                'P' => new PlaceRecord(f.Text(1), f.Text(2), "", long.Parse(f[3], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture), f[4].SequenceEqual("1"u8), false),
                _ => new ActorRecord(f.Text(2), f.Text(1), f[3].SequenceEqual("1"u8)),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new InvalidDataException("malformed entity lexicon record: " + System.Text.Encoding.UTF8.GetString(f.Line), e);
        }
    }

    /// <summary>The record at <paramref name="ordinal"/>, built on first use.</summary>
    private T Record<T>(int ordinal)
        where T : class
    {
        if ((uint)ordinal >= (uint)records.Length)
        {
            throw new InvalidDataException($"entity lexicon posting to record {ordinal} of {records.Length}");
        }

        if (Volatile.Read(ref records[ordinal]) is not { } value)
        {
            var line = file.Record(ordinal);
            Span<Range> ranges = stackalloc Range[MaxFields];
            var f = new Fields(line, ranges[..TabSeparatedText.SplitFields(line, ranges)]);
            int least = f.Count == 0 || f[0].Length != 1 ? int.MaxValue : (char)f[0][0] switch { 'C' or 'P' => 6, 'O' => 5, 'N' or 'A' => 4, _ => int.MaxValue };
            if (f.Count < least)
            {
                throw new InvalidDataException("an entity lexicon key points at a malformed record: " + System.Text.Encoding.UTF8.GetString(line));
            }

            value = Interlocked.CompareExchange(ref records[ordinal], Parse(f), null) ?? records[ordinal]!;
        }

        return value as T ?? throw new InvalidDataException($"entity lexicon record {ordinal} is not a {typeof(T).Name}");
    }

    /// <summary>One record's tab-separated fields, as byte spans of its line.</summary>
    private readonly ref struct Fields(ReadOnlySpan<byte> line, ReadOnlySpan<Range> ranges)
    {
        private readonly ReadOnlySpan<Range> ranges = ranges;

        public ReadOnlySpan<byte> Line { get; } = line;

        public int Count => ranges.Length;

        public ReadOnlySpan<byte> this[int index] => Line[ranges[index]];

        public string Text(int index) => TabSeparatedText.Text(this[index]);
    }

    private static EntityLexicon LoadEmbedded()
    {
        using Stream stream = typeof(EntityLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The entity lexicon is not embedded in " + typeof(EntityLexicon).Assembly.GetName().Name);
        return Load(stream);
    }
}
