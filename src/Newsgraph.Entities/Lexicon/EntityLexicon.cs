using System.IO.Compression;
using System.Text;

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

        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            string[] f = line.Split('\t');
            switch (f[0])
            {
                case "C" when f.Length >= 6:
                    var country = new CountryRecord(f[1], f[2], f[3], f[4]);
                    byIso3[f[2]] = country;
                    byIso2[f[1]] = country;
                    foreach (string key in Split(f[5]))
                    {
                        countries.TryAdd(key, country);
                    }

                    break;
                case "N" when f.Length >= 4:
                    var nationality = new NationalityRecord(f[1].Length == 0 ? null : f[1], f[2]);
                    foreach (string key in Split(f[3]))
                    {
                        nationalities.TryAdd(key, nationality);
                    }

                    break;
                case "A" when f.Length >= 4:
                    var region = new PlaceRecord(f[1], f[2], "", 0, false, true);
                    foreach (string key in Split(f[3]))
                    {
                        AddPlace(key, region);
                    }

                    break;
                case "P" when f.Length >= 6:
                    var city = new PlaceRecord(f[1], f[2], "", long.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), f[4] == "1", false);
                    foreach (string key in Split(f[5]))
                    {
                        AddPlace(key, city);
                    }

                    break;
                case "O" when f.Length >= 5:
                    var actor = new ActorRecord(f[2], f[1], f[3] == "1");
                    foreach (string key in Split(f[4]))
                    {
                        if (!actors.TryGetValue(key, out var existing) || (!existing.IsOrg && actor.IsOrg))
                        {
                            actors[key] = actor;
                        }
                    }

                    break;
                case "R" when f.Length >= 2:
                    roles.Add(f[1]);
                    break;
                case "T" when f.Length >= 2:
                    titles.Add(f[1]);
                    break;
                case "H" when f.Length >= 2:
                    heads.Add(f[1]);
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

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split('|');

    private static EntityLexicon LoadEmbedded()
    {
        using Stream stream = typeof(EntityLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The entity lexicon is not embedded in " + typeof(EntityLexicon).Assembly.GetName().Name);
        return Load(stream);
    }
}
