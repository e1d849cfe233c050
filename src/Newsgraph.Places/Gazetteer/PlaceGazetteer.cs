using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Newsgraph.Places.Gazetteer;

/// <summary>
/// The GeoNames extract the places stage resolves against (countries, admin-1 regions, cities of
/// 15,000+, demonyms), read from the embedded <see cref="GazetteerFormat.FileName"/> once, lazily.
/// Lookups take names in <see cref="PlaceNameKey"/> form.
/// </summary>
public sealed class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> Embedded = new(() => Newsgraph.Core.Diagnostics.StartupTimings.Measure("load places-gazetteer-v1", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, List<GazetteerHit>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> admin1s = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> neighbours = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<long, GazetteerEntry> byId = [];

    private PlaceGazetteer()
    {
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static PlaceGazetteer Default => Embedded.Value;

    public int Count => byId.Count;

    /// <summary>Entries named <paramref name="key"/> (lookup form); empty when none.</summary>
    public IReadOnlyList<GazetteerHit> Lookup(string key) =>
        byName.TryGetValue(key, out var hits) ? hits : [];

    public GazetteerEntry? Country(string iso2) => countries.GetValueOrDefault(iso2);

    /// <summary>The admin-1 region "CC.A1" ("US.ID").</summary>
    public GazetteerEntry? Admin1(string admin1Key) => admin1s.GetValueOrDefault(admin1Key);

    public GazetteerEntry? ById(long geonameId) => byId.GetValueOrDefault(geonameId);

    public IReadOnlyList<string> NeighboursOf(string iso2) => neighbours.TryGetValue(iso2, out var n) ? n : [];

    /// <summary>The country of a demonym or nationality adjective in lookup form ("north korean" → KP).</summary>
    public string? CountryOfDemonym(string key) => demonyms.GetValueOrDefault(key);

    /// <summary>Reads a gazetteer file (gzip'd); throws <see cref="InvalidDataException"/> on a wrong header.</summary>
    public static PlaceGazetteer Load(Stream gzipped)
    {
        using var reader = new StreamReader(new GZipStream(gzipped, CompressionMode.Decompress), Encoding.UTF8);
        if (reader.ReadLine() != GazetteerFormat.Header)
        {
            throw new InvalidDataException($"not a {GazetteerFormat.FileName} (format {GazetteerFormat.Version}) file");
        }

        var gazetteer = new PlaceGazetteer();
        while (reader.ReadLine() is { } line)
        {
            gazetteer.Read(line.Split('\t'));
        }

        return gazetteer;
    }

    private static PlaceGazetteer LoadEmbedded()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(GazetteerFormat.ResourceName)
            ?? throw new InvalidOperationException($"embedded {GazetteerFormat.FileName} missing: run `newsgraph train gazetteer`");
        return Load(stream);
    }

    private void Read(string[] f)
    {
        switch (f[0])
        {
            case "C" when f.Length >= 9:
                var country = new GazetteerEntry(Long(f[1]), PlaceKind.Country, f[2], null, Double(f[3]), Double(f[4]), Long(f[5]), "PCLI", f[6]);
                countries[f[2]] = country;
                neighbours[f[2]] = f[7].Length == 0 ? [] : f[7].Split(',');
                Add(country, f[8], alternate: false);
                break;
            case "A" when f.Length >= 9:
                var admin1 = new GazetteerEntry(Long(f[1]), PlaceKind.Admin1, f[2], f[3], Double(f[4]), Double(f[5]), Long(f[6]), "ADM1", f[7]);
                admin1s[f[2] + "." + f[3]] = admin1;
                Add(admin1, f[8], alternate: false);
                break;
            case "P" when f.Length >= 11:
                var city = new GazetteerEntry(Long(f[1]), PlaceKind.City, f[2], f[3], Double(f[4]), Double(f[5]), Long(f[6]), f[7], f[8]);
                Add(city, f[9], alternate: false);
                Add(city, f[10], alternate: true);
                break;
            case "D" when f.Length >= 3:
                foreach (string key in f[2].Split('|'))
                {
                    demonyms.TryAdd(key, f[1]);
                }

                break;
        }
    }

    private void Add(GazetteerEntry entry, string keys, bool alternate)
    {
        byId.TryAdd(entry.GeonameId, entry);
        if (keys.Length == 0)
        {
            return;
        }

        foreach (string key in keys.Split('|'))
        {
            if (!byName.TryGetValue(key, out var hits))
            {
                byName[key] = hits = new List<GazetteerHit>(1);
            }

            hits.Add(new GazetteerHit(entry, alternate));
        }
    }

    private static long Long(string s) => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Double(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
