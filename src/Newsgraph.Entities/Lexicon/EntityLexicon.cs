using Newsgraph.Core.Models;

namespace Newsgraph.Entities.Lexicon;

/// <summary>
/// The entity stage's lookup tables, built by `newsgraph-training entity-lexicon` from shared/data
/// and embedded in this assembly (Models/entity-lexicon-v1.txt.gz, format in docs/entities.md).
/// Every table is keyed by <see cref="NameKey"/>. Loaded once, lazily; read-only after that.
/// </summary>
internal sealed class EntityLexicon
{
    private const string ResourceName = "Newsgraph.Entities.entity-lexicon-v1.txt.gz";

    /// <summary>Longest name, in words, that the phrase scanner tries.</summary>
    public const int MaxPhraseWords = 8;

    private static readonly Lazy<EntityLexicon> Embedded = new(() => Newsgraph.Core.Diagnostics.StartupTimings.Measure("load entity-lexicon-v1", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private EntityLexicon(
        IReadOnlyDictionary<string, CountryRecord> countries,
        IReadOnlyDictionary<string, CountryRecord> countriesByIso3,
        IReadOnlyDictionary<string, CountryRecord> countriesByIso2,
        IReadOnlyDictionary<string, NationalityRecord> nationalities,
        IReadOnlyDictionary<string, PlaceRecord> places,
        IReadOnlyDictionary<string, ActorRecord> actors,
        IReadOnlySet<string> roleNouns,
        IReadOnlySet<string> titles,
        IReadOnlySet<string> orgHeads)
    {
        Countries = countries;
        CountriesByIso3 = countriesByIso3;
        CountriesByIso2 = countriesByIso2;
        Nationalities = nationalities;
        Places = places;
        Actors = actors;
        RoleNouns = roleNouns;
        Titles = titles;
        OrgHeads = orgHeads;
    }

    /// <summary>The most fields a record kind has (a country: 6).</summary>
    private const int MaxFields = 8;

    public static EntityLexicon Default => Embedded.Value;

    /// <summary>Country names and aliases ("us", "america", "north korea").</summary>
    public IReadOnlyDictionary<string, CountryRecord> Countries { get; }

    public IReadOnlyDictionary<string, CountryRecord> CountriesByIso3 { get; }

    public IReadOnlyDictionary<string, CountryRecord> CountriesByIso2 { get; }

    /// <summary>Nationality adjectives and their plurals ("north korean", "afghans").</summary>
    public IReadOnlyDictionary<string, NationalityRecord> Nationalities { get; }

    /// <summary>Regions and cities; for a shared name, the region, else the most populous city.</summary>
    public IReadOnlyDictionary<string, PlaceRecord> Places { get; }

    /// <summary>Phoenix actor names ("vladimir putin", "united nations", "kremlin").</summary>
    public IReadOnlyDictionary<string, ActorRecord> Actors { get; }

    /// <summary>Lower-case role nouns ("spokesman", "leader", "candidate") from WordNet's person hyponyms.</summary>
    public IReadOnlySet<string> RoleNouns { get; }

    /// <summary>Person titles in lookup form ("president", "sen", "gen").</summary>
    public IReadOnlySet<string> Titles { get; }

    /// <summary>Words that end organisation names ("council", "ministry", "party").</summary>
    public IReadOnlySet<string> OrgHeads { get; }

    internal static EntityLexicon Load(Stream compressed)
    {
        // Keys are stored in lookup form (the generator ran NameKey), so loading only splits lines.
        var countries = new Dictionary<string, CountryRecord>(StringComparer.Ordinal);
        var byIso3 = new Dictionary<string, CountryRecord>(StringComparer.Ordinal);
        var byIso2 = new Dictionary<string, CountryRecord>(StringComparer.Ordinal);
        var nationalities = new Dictionary<string, NationalityRecord>(StringComparer.Ordinal);
        var places = new Dictionary<string, PlaceRecord>(60_000, StringComparer.Ordinal);
        var actors = new Dictionary<string, ActorRecord>(60_000, StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);

        var rest = TabSeparatedText.Inflate(compressed).Span;
        Span<Range> ranges = stackalloc Range[MaxFields];
        while (TabSeparatedText.NextLine(ref rest, out var line))
        {
            var f = new Fields(line, ranges[..TabSeparatedText.SplitFields(line, ranges)]);
            if (f.Count == 0 || f[0].Length != 1)
            {
                continue;
            }

            switch ((char)f[0][0])
            {
                case 'C' when f.Count >= 6:
                    var country = new CountryRecord(f.Text(1), f.Text(2), f.Text(3), f.Text(4));
                    byIso3[country.Iso3] = country;
                    byIso2[country.Iso2] = country;
                    foreach (var key in TabSeparatedText.Items(f[5], (byte)'|'))
                    {
                        countries.TryAdd(TabSeparatedText.Text(key), country);
                    }

                    break;
                case 'N' when f.Count >= 4:
                    var nationality = new NationalityRecord(f[1].IsEmpty ? null : f.Text(1), f.Text(2));
                    foreach (var key in TabSeparatedText.Items(f[3], (byte)'|'))
                    {
                        nationalities.TryAdd(TabSeparatedText.Text(key), nationality);
                    }

                    break;
                case 'A' when f.Count >= 4:
                    var region = new PlaceRecord(f.Text(1), f.Text(2), "", 0, false, true);
                    foreach (var key in TabSeparatedText.Items(f[3], (byte)'|'))
                    {
                        AddPlace(TabSeparatedText.Text(key), region);
                    }

                    break;
                case 'P' when f.Count >= 6:
                    var city = new PlaceRecord(f.Text(1), f.Text(2), "", long.Parse(f[3], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture), f[4].SequenceEqual("1"u8), false);
                    foreach (var key in TabSeparatedText.Items(f[5], (byte)'|'))
                    {
                        AddPlace(TabSeparatedText.Text(key), city);
                    }

                    break;
                case 'O' when f.Count >= 5:
                    var actor = new ActorRecord(f.Text(2), f.Text(1), f[3].SequenceEqual("1"u8));
                    foreach (var item in TabSeparatedText.Items(f[4], (byte)'|'))
                    {
                        string key = TabSeparatedText.Text(item);
                        if (!actors.TryGetValue(key, out var existing) || (!existing.IsOrg && actor.IsOrg))
                        {
                            actors[key] = actor;
                        }
                    }

                    break;
                case 'R' when f.Count >= 2:
                    roles.Add(f.Text(1));
                    break;
                case 'T' when f.Count >= 2:
                    titles.Add(f.Text(1));
                    break;
                case 'H' when f.Count >= 2:
                    heads.Add(f.Text(1));
                    break;
            }
        }

        return new EntityLexicon(countries, byIso3, byIso2, nationalities, places, actors, roles, titles, heads);

        void AddPlace(string key, PlaceRecord place)
        {
            // A national capital outranks a region of the same name ("Washington"), a region outranks
            // other cities ("New York"), and among cities the most populous wins.
            if (!places.TryGetValue(key, out var existing)
                || (!existing.IsCapital && (place.IsCapital
                    || (!existing.IsRegion && (place.IsRegion || place.Population > existing.Population)))))
            {
                places[key] = place;
            }
        }
    }

    /// <summary>One record's tab-separated fields, as byte spans of its line.</summary>
    private readonly ref struct Fields(ReadOnlySpan<byte> line, ReadOnlySpan<Range> ranges)
    {
        private readonly ReadOnlySpan<byte> line = line;
        private readonly ReadOnlySpan<Range> ranges = ranges;

        public int Count => ranges.Length;

        public ReadOnlySpan<byte> this[int index] => line[ranges[index]];

        public string Text(int index) => TabSeparatedText.Text(this[index]);
    }

    private static EntityLexicon LoadEmbedded()
    {
        using Stream stream = typeof(EntityLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The entity lexicon is not embedded in " + typeof(EntityLexicon).Assembly.GetName().Name);
        return Load(stream);
    }
}
