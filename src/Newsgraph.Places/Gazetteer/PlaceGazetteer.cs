using System.Globalization;
using System.Text;
using Newsgraph.Core.Models;

namespace Newsgraph.Places.Gazetteer;

/// <summary>
/// The GeoNames extract the places stage resolves against (countries, admin-1 regions, cities of
/// 15,000+, demonyms), read from the embedded <see cref="GazetteerFormat.FileName"/> once, lazily.
/// Lookups take names in <see cref="PlaceNameKey"/> form.
/// </summary>
public sealed class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> Embedded = new(() => Newsgraph.Core.Diagnostics.StartupTimings.Measure("load places-gazetteer-v1", LoadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The most fields a record kind has (a populated place: 11).</summary>
    private const int MaxFields = 12;

    private readonly Dictionary<string, GazetteerHit[]> byName = new(StringComparer.Ordinal);
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
        var rest = TabSeparatedText.Inflate(gzipped).Span;
        if (!TabSeparatedText.NextLine(ref rest, out var header) || !header.SequenceEqual(Encoding.UTF8.GetBytes(GazetteerFormat.Header)))
        {
            throw new InvalidDataException($"not a {GazetteerFormat.FileName} (format {GazetteerFormat.Version}) file");
        }

        var gazetteer = new PlaceGazetteer();
        Span<Range> fields = stackalloc Range[MaxFields];
        while (TabSeparatedText.NextLine(ref rest, out var line))
        {
            int count = TabSeparatedText.SplitFields(line, fields);
            gazetteer.Read(line, fields[..count]);
        }

        return gazetteer;
    }

    private static PlaceGazetteer LoadEmbedded()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(GazetteerFormat.ResourceName)
            ?? throw new InvalidOperationException($"embedded {GazetteerFormat.FileName} missing: run `newsgraph train gazetteer`");
        return Load(stream);
    }

    private void Read(ReadOnlySpan<byte> line, ReadOnlySpan<Range> f)
    {
        if (f.Length == 0 || line[f[0]].Length != 1)
        {
            return;
        }

        switch ((char)line[f[0]][0])
        {
            case 'C' when f.Length >= 9:
                string iso2 = Text(line, f[2]);
                var country = new GazetteerEntry(Long(line[f[1]]), PlaceKind.Country, iso2, null, Double(line[f[3]]), Double(line[f[4]]), Long(line[f[5]]), "PCLI", Text(line, f[6]));
                countries[iso2] = country;
                neighbours[iso2] = line[f[7]].IsEmpty ? [] : List(line[f[7]], ',');
                Add(country, line[f[8]], alternate: false);
                break;
            case 'A' when f.Length >= 9:
                var admin1 = new GazetteerEntry(Long(line[f[1]]), PlaceKind.Admin1, Text(line, f[2]), Text(line, f[3]), Double(line[f[4]]), Double(line[f[5]]), Long(line[f[6]]), "ADM1", Text(line, f[7]));
                admin1s[admin1.CountryCode + "." + admin1.Admin1] = admin1;
                Add(admin1, line[f[8]], alternate: false);
                break;
            case 'P' when f.Length >= 11:
                var city = new GazetteerEntry(Long(line[f[1]]), PlaceKind.City, Text(line, f[2]), Text(line, f[3]), Double(line[f[4]]), Double(line[f[5]]), Long(line[f[6]]), Text(line, f[7]), Text(line, f[8]));
                Add(city, line[f[9]], alternate: false);
                Add(city, line[f[10]], alternate: true);
                break;
            case 'D' when f.Length >= 3:
                string demonymCountry = Text(line, f[1]);
                foreach (string key in List(line[f[2]], '|'))
                {
                    demonyms.TryAdd(key, demonymCountry);
                }

                break;
        }
    }

    private void Add(GazetteerEntry entry, ReadOnlySpan<byte> keys, bool alternate)
    {
        byId.TryAdd(entry.GeonameId, entry);
        if (keys.IsEmpty)
        {
            return;
        }

        foreach (var item in TabSeparatedText.Items(keys, (byte)'|'))
        {
            string key = TabSeparatedText.Text(item);
            // Arrays, not List<GazetteerHit>: a list of our struct is a generic instantiation
            // ReadyToRun cannot precompile, so the load ran its Add as tier-0 JIT code. Most names
            // have one entry, so growing by one costs little.
            var hit = new GazetteerHit(entry, alternate);
            if (byName.TryGetValue(key, out var hits))
            {
                var grown = new GazetteerHit[hits.Length + 1];
                Array.Copy(hits, grown, hits.Length);
                grown[^1] = hit;
                byName[key] = grown;
            }
            else
            {
                byName[key] = [hit];
            }
        }
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
