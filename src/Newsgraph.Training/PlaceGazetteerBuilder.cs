using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsgraph.Core.Models;
using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Training;

/// <summary>
/// Builds the places stage's gazetteer (src/Newsgraph.Places/Models/places-gazetteer-v2.bin) from
/// shared/data: GeoNames countryInfo (countries, neighbours), admin1CodesASCII (regions),
/// cities15000 (populated places with a filtered set of Latin-script alternate names) and demonyms
/// (mordecai nat_df, mledoze). Only the fields the resolver needs are kept; a manifest records the
/// command and the sources' SHA-256 fingerprint. The stage never reads shared/data at run time.
/// </summary>
public static class PlaceGazetteerBuilder
{
    /// <summary>
    /// Cities below this population keep only their own name: small places' alternate names are
    /// mostly other-language spellings news never uses, and they would add ambiguity and bytes.
    /// </summary>
    private const long AlternateNamesMinPopulation = 100_000;

    /// <summary>Country names news text uses that the sources lack (dotted abbreviations, colloquial names).</summary>
    private static readonly (string Name, string Iso2)[] ExtraCountryNames =
    [
        ("US", "US"), ("U.S.", "US"), ("USA", "US"), ("U.S.A.", "US"), ("America", "US"), ("United States of America", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
        ("UAE", "AE"), ("DRC", "CD"), ("Burma", "MM"), ("Holland", "NL"), ("Ivory Coast", "CI"),
        ("South Korea", "KR"), ("North Korea", "KP"), ("Czech Republic", "CZ"), ("Russian Federation", "RU"),
        ("Vatican", "VA"), ("Taiwan", "TW"), ("Palestine", "PS"), ("Gaza Strip", "PS"), ("Gaza", "PS"),
    ];

    public static int Run(string shared, string outDirectory, string command, TextWriter log)
    {
        var inputs = new List<string>();
        var lines = new List<string> { GazetteerFormat.TextHeader };
        string geonames = Path.Combine(shared, "data", "geonames");

        // Countries: id, names, neighbours, capital from countryInfo; centre and names from mledoze.
        var countries = new SortedDictionary<string, CountryRow>(StringComparer.Ordinal);
        var iso3To2 = new Dictionary<string, string>(StringComparer.Ordinal);
        string countryInfo = Path.Combine(geonames, "countryInfo.txt");
        inputs.Add(countryInfo);
        foreach (string line in File.ReadLines(countryInfo).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split('\t');
            if (f.Length < 17 || f[16].Length == 0)
            {
                continue;
            }

            iso3To2[f[1]] = f[0];
            var row = new CountryRow(f[0], f[16], f[4], f[5], Long(f[7]), f.Length > 17 ? f[17] : "");
            row.Names.Add(f[4]);
            countries[f[0]] = row;
        }

        var demonyms = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        string mledoze = Path.Combine(shared, "data", "country_nationality", "mledoze_countries.json.gz");
        inputs.Add(mledoze);
        using (var json = JsonDocument.Parse(new GZipStream(File.OpenRead(mledoze), CompressionMode.Decompress)))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                if (!countries.TryGetValue(country.GetProperty("cca2").GetString() ?? "", out var row))
                {
                    continue;
                }

                var name = country.GetProperty("name");
                row.Names.Add(name.GetProperty("common").GetString() ?? "");
                row.Names.Add(name.GetProperty("official").GetString() ?? "");
                foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
                {
                    // Long Latin spellings only: two-letter codes ("RU") and native scripts are not how English news names a country.
                    string a = alt.GetString() ?? "";
                    if (a.Length >= 4 && a.All(c => c < 128 && (char.IsLetter(c) || c is ' ' or '\'' or '-' or '.')))
                    {
                        row.Names.Add(a);
                    }
                }

                if (country.TryGetProperty("latlng", out var latlng) && latlng.GetArrayLength() == 2)
                {
                    row.Lat = latlng[0].GetDouble();
                    row.Lon = latlng[1].GetDouble();
                }

                if (country.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                {
                    Demonyms(row.Iso2).Add(eng.GetProperty("m").GetString() ?? "");
                    Demonyms(row.Iso2).Add(eng.GetProperty("f").GetString() ?? "");
                }
            }
        }

        foreach (var (name, iso2) in ExtraCountryNames)
        {
            countries[iso2].Names.Add(name);
        }

        string nationalities = Path.Combine(shared, "data", "country_nationality", "mordecai_nat_df.csv");
        inputs.Add(nationalities);
        foreach (string line in File.ReadLines(nationalities).Skip(1))
        {
            string[] f = line.Split(',');
            if (f.Length == 2 && iso3To2.TryGetValue(f[1].Trim(), out string? iso2) && f[0].Trim().Length >= 3)
            {
                Demonyms(iso2).Add(f[0].Trim());
            }
        }

        // Cities first: admin-1 centres and populations are derived from them.
        string citiesZip = Path.Combine(geonames, "cities15000.zip");
        inputs.Add(citiesZip);
        var cities = new List<string[]>();
        using (var zip = ZipFile.OpenRead(citiesZip))
        using (var reader = new StreamReader(zip.Entries.First(e => e.Name.EndsWith(".txt", StringComparison.Ordinal)).Open()))
        {
            while (reader.ReadLine() is { } line)
            {
                string[] f = line.Split('\t');
                if (f.Length > 14 && countries.ContainsKey(f[8]))
                {
                    cities.Add(f);
                }
            }
        }

        foreach (var row in countries.Values.Where(r => double.IsNaN(r.Lat)))
        {
            // No centre in mledoze (a few territories): the capital's coordinates stand in.
            var capital = cities.Where(f => f[8] == row.Iso2).OrderByDescending(f => f[7] == "PPLC").ThenByDescending(f => Long(f[14])).FirstOrDefault();
            (row.Lat, row.Lon) = capital is null ? (0, 0) : (Double(capital[4]), Double(capital[5]));
        }

        foreach (var row in countries.Values)
        {
            row.Names.Remove("");
            lines.Add(string.Join('\t', "C", row.Id, row.Iso2, Coord(row.Lat), Coord(row.Lon), row.Population.ToString(CultureInfo.InvariantCulture), row.Name, row.Neighbours, Keys(row.Names)));
        }

        string admin1 = Path.Combine(geonames, "admin1CodesASCII.txt");
        inputs.Add(admin1);
        var citiesByAdmin1 = cities.GroupBy(f => f[8] + "." + f[10]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (string line in File.ReadLines(admin1))
        {
            string[] f = line.Split('\t');
            int dot = f[0].IndexOf('.');
            if (f.Length < 4 || dot != 2 || !countries.TryGetValue(f[0][..2], out var country))
            {
                continue;
            }

            // GeoNames' admin-1 codes carry no coordinates: the mean of the region's cities is its
            // centre (inside the region for all but odd shapes); with no city, the country's centre.
            double lat = country.Lat, lon = country.Lon;
            long population = 0;
            if (citiesByAdmin1.TryGetValue(f[0], out var members))
            {
                lat = members.Average(m => Double(m[4]));
                lon = members.Average(m => Double(m[5]));
                population = members.Sum(m => Long(m[14]));
            }

            lines.Add(string.Join('\t', "A", f[3], f[0][..2], f[0][3..], Coord(lat), Coord(lon), population.ToString(CultureInfo.InvariantCulture), f[1], Keys([f[1], f[2]])));
        }

        foreach (string[] f in cities)
        {
            var own = new[] { f[1], f[2] };
            string ownKeys = Keys(own);
            var ownSet = ownKeys.Split('|').ToHashSet(StringComparer.Ordinal);
            string altKeys = Long(f[14]) >= AlternateNamesMinPopulation
                ? Keys(f[3].Split(',').Where(IsEnglishLookingName)).Split('|').Where(k => k.Length > 0 && !ownSet.Contains(k)).Aggregate("", (a, k) => a.Length == 0 ? k : a + "|" + k)
                : "";
            lines.Add(string.Join('\t', "P", f[0], f[8], f[10], f[4], f[5], f[14], f[7], f[1], ownKeys, altKeys));
        }

        foreach (var (iso2, names) in demonyms)
        {
            names.Remove("");
            lines.Add(string.Join('\t', "D", iso2, Keys(names.Concat(names.Where(n => n.EndsWith('n') || n.EndsWith('i')).Select(n => n + "s")))));
        }

        Directory.CreateDirectory(outDirectory);
        string outPath = Path.Combine(outDirectory, GazetteerFormat.FileName);
        // The lines are format 1's text; the file is its keyed form (records read in place at run time).
        File.WriteAllBytes(outPath, PlaceGazetteer.Convert(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")));

        var manifest = new JsonObject
        {
            ["file"] = GazetteerFormat.FileName,
            ["formatVersion"] = GazetteerFormat.Version,
            ["command"] = command,
            ["licence"] = "GeoNames data CC BY 4.0 (geonames.org); demonyms: mledoze/countries ODbL 1.0, mordecai nat_df MIT",
            ["sourceSha256"] = ModelManifest.Fingerprint(shared, inputs),
            ["sources"] = new JsonArray([.. inputs.Select(i => (JsonNode)Path.GetRelativePath(shared, i).Replace('\\', '/'))]),
            ["records"] = lines.Count - 1,
            ["bytes"] = new FileInfo(outPath).Length,
        };
        ModelManifest.Write(Path.Combine(outDirectory, GazetteerFormat.ManifestFileName), manifest);
        log.WriteLine($"wrote {outPath}: {lines.Count - 1} records, {new FileInfo(outPath).Length} bytes");
        return 0;

        SortedSet<string> Demonyms(string iso2)
        {
            if (!demonyms.TryGetValue(iso2, out var set))
            {
                demonyms[iso2] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            return set;
        }
    }

    /// <summary>
    /// An alternate name worth keeping: Latin letters only, capitalised, not an all-capitals code
    /// ("MOW", "NYC" are airport and postal codes, not how prose names the city).
    /// </summary>
    private static bool IsEnglishLookingName(string name) =>
        name.Length >= 3 && name.Length <= 40 && char.IsUpper(name[0]) && name.Any(char.IsLower)
        && name.All(c => c < 128 && (char.IsLetter(c) || c is ' ' or '-' or '\'' or '.'));

    private static string Keys(IEnumerable<string> names) =>
        string.Join('|', names.Select(n => PlaceNameKey.Of(n)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal));

    private static long Long(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : 0;

    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string Coord(double v) => Math.Round(v, 4).ToString(CultureInfo.InvariantCulture);

    private sealed class CountryRow(string iso2, string id, string name, string capital, long population, string neighbours)
    {
        public string Iso2 { get; } = iso2;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public string Capital { get; } = capital;

        public long Population { get; } = population;

        public string Neighbours { get; } = neighbours;

        public double Lat { get; set; } = double.NaN;

        public double Lon { get; set; } = double.NaN;

        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Rewrites a format-1 gazetteer (DIR/places-gazetteer-v1.tsv.gz and its manifest) as format 2
    /// without the sources: same records and look-ups, so a retrain is not needed. Removes the format-1 files.
    /// </summary>
    public static void UpgradeFile(string directory, TextWriter log)
    {
        string textPath = Path.Combine(directory, GazetteerFormat.TextFileName);
        byte[] converted;
        using (var input = File.OpenRead(textPath))
        {
            converted = PlaceGazetteer.Convert(TabSeparatedText.Inflate(input).Span);
        }

        string outPath = Path.Combine(directory, GazetteerFormat.FileName);
        File.WriteAllBytes(outPath, converted);
        string oldManifest = Path.Combine(directory, GazetteerFormat.TextManifestFileName);
        var manifest = (JsonObject)JsonNode.Parse(File.ReadAllText(oldManifest))!;
        manifest["file"] = GazetteerFormat.FileName;
        manifest["formatVersion"] = GazetteerFormat.Version;
        manifest["bytes"] = converted.Length;
        ModelManifest.Write(Path.Combine(directory, GazetteerFormat.ManifestFileName), manifest);
        File.Delete(textPath);
        File.Delete(oldManifest);
        log.WriteLine($"wrote {outPath}: {converted.Length} bytes (from {GazetteerFormat.TextFileName})");
    }
}
