using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsgraph.Entities.Lexicon;

namespace Newsgraph.Training;

/// <summary>
/// Builds the entity stage's lookup tables (src/Newsgraph.Entities/Models/entity-lexicon-v2.bin)
/// from shared/data: GeoNames countries, admin-1 regions and cities (places and their ids),
/// nationalities with their country codes, Phoenix actor dictionaries (organisations and political
/// actors with their CAMEO codes) and role/title words. The records are tab-separated text lines,
/// written as a keyed record file read in place (docs/entities.md); a manifest records the source fingerprint.
/// The stage never reads shared/data at run time.
/// </summary>
public static class EntityLexiconBuilder
{
    public const string FileName = EntityLexicon.FileName;

    public const string ManifestFileName = "entity-lexicon-v2.manifest.json";

    /// <summary>Format 1: the same records as gzip'd text (still read; `entities-upgrade-lexicon` converts it).</summary>
    public const string TextFileName = "entity-lexicon-v1.txt.gz";

    public const string TextManifestFileName = "entity-lexicon-v1.manifest.json";

    /// <summary>Short or colloquial country names the sources lack, and the dotted forms news text uses.</summary>
    private static readonly (string Name, string Iso2)[] ExtraCountryNames =
    [
        ("US", "US"), ("U.S.", "US"), ("USA", "US"), ("U.S.A.", "US"), ("America", "US"), ("United States of America", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
        ("UAE", "AE"), ("U.A.E.", "AE"), ("DRC", "CD"), ("Burma", "MM"), ("Holland", "NL"), ("Ivory Coast", "CI"),
        ("South Korea", "KR"), ("North Korea", "KP"), ("Czech Republic", "CZ"), ("Russian Federation", "RU"),
        ("Vatican", "VA"), ("Taiwan", "TW"), ("Palestine", "PS"),
    ];

    /// <summary>Groups named by an adjective without one country: religions, regions, peoples (gold: NORP).</summary>
    private static readonly string[] CountrylessGroups =
    [
        "Arab", "Arabs", "Asian", "Asians", "European", "Europeans", "African", "Africans", "Western", "Westerners",
        "Jewish", "Jew", "Jews", "Muslim", "Muslims", "Christian", "Christians", "Hindu", "Hindus", "Sikh", "Sikhs",
        "Buddhist", "Buddhists", "Catholic", "Catholics", "Protestant", "Protestants", "Kurdish", "Kurd", "Kurds",
        "Latino", "Latinos", "Hispanic", "Hispanics", "Shiite", "Shiites", "Sunni", "Sunnis", "Islamic", "Evangelical",
        "Evangelicals", "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Rohingya", "Pashtun", "Pashtuns", "Hazara", "Tamil", "Tamils",
        "Latin American", "Middle Eastern", "Scandinavian", "Balkan", "Caucasian", "Cossack", "Bedouin", "Druze", "Yazidi", "Yazidis",
    ];

    /// <summary>
    /// News agencies, broadcasters, papers and platforms that news text cites as sources all the
    /// time and the Phoenix dictionaries (governments, IGOs, armed groups) lack. Code MED = media.
    /// </summary>
    private static readonly (string Id, string Code, string[] Names)[] NewsOrganisations =
    [
        ("ASSOCIATED_PRESS", "MED", ["Associated Press", "AP"]),
        ("REUTERS", "MED", ["Reuters"]),
        ("AGENCE_FRANCE_PRESSE", "MED", ["Agence France-Presse", "AFP"]),
        ("BLOOMBERG_NEWS", "MED", ["Bloomberg News", "Bloomberg"]),
        ("XINHUA", "MED", ["Xinhua", "Xinhua News Agency"]),
        ("TASS", "MED", ["TASS"]),
        ("INTERFAX", "MED", ["Interfax"]),
        ("YONHAP", "MED", ["Yonhap", "Yonhap News Agency"]),
        ("KCNA", "MED", ["KCNA", "Korean Central News Agency"]),
        ("BBC", "MED", ["BBC", "British Broadcasting Corporation"]),
        ("CNN", "MED", ["CNN"]),
        ("FOX_NEWS", "MED", ["Fox News"]),
        ("NBC_NEWS", "MED", ["NBC News", "NBC"]),
        ("CBS_NEWS", "MED", ["CBS News", "CBS"]),
        ("ABC_NEWS", "MED", ["ABC News"]),
        ("MSNBC", "MED", ["MSNBC"]),
        ("NPR", "MED", ["NPR", "National Public Radio"]),
        ("AL_JAZEERA", "MED", ["Al Jazeera"]),
        ("POLITICO", "MED", ["Politico"]),
        ("AXIOS", "MED", ["Axios"]),
        ("THE_HILL", "MED", ["The Hill"]),
        ("NEW_YORK_TIMES", "MED", ["New York Times", "The New York Times"]),
        ("WASHINGTON_POST", "MED", ["Washington Post", "The Washington Post"]),
        ("WALL_STREET_JOURNAL", "MED", ["Wall Street Journal", "The Wall Street Journal"]),
        ("THE_GUARDIAN", "MED", ["The Guardian"]),
        ("FINANCIAL_TIMES", "MED", ["Financial Times"]),
        ("TWITTER", "MNC", ["Twitter"]),
        ("FACEBOOK", "MNC", ["Facebook"]),
        ("INSTAGRAM", "MNC", ["Instagram"]),
        ("YOUTUBE", "MNC", ["YouTube"]),
        ("TIKTOK", "MNC", ["TikTok"]),
        ("GOOGLE", "MNC", ["Google"]),
        ("MICROSOFT", "MNC", ["Microsoft"]),
        ("AMAZON", "MNC", ["Amazon"]),
        ("META", "MNC", ["Meta Platforms"]),
        ("TELEGRAM", "MNC", ["Telegram"]),
    ];

    /// <summary>Last words that make a dictionary actor an organisation (beyond WordNet's organisation hyponyms).</summary>
    private static readonly string[] OrgHeads =
    [
        "council", "party", "ministry", "committee", "army", "front", "movement", "union", "organization", "organisation",
        "agency", "bank", "court", "commission", "forces", "force", "police", "service", "network", "group", "association",
        "alliance", "league", "corporation", "company", "office", "department", "assembly", "parliament", "congress",
        "senate", "brigade", "brigades", "fund", "institute", "foundation", "federation", "authority", "bureau", "guard",
        "navy", "nations", "government", "cabinet", "tribunal", "house", "kremlin", "pentagon", "secretariat", "programme",
        "program", "centre", "center", "inc", "corp", "ltd", "co", "news", "times", "post", "press",
    ];

    public static int Run(string shared, string outDirectory, string command, TextWriter log)
    {
        var inputs = new List<string>();
        var lines = new List<string>();
        string geonames = Path.Combine(shared, "data", "geonames");

        var iso3To2 = new Dictionary<string, string>(StringComparer.Ordinal);
        var capitalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var countryId = new Dictionary<string, string>(StringComparer.Ordinal);
        var canonicalName = new Dictionary<string, string>(StringComparer.Ordinal);
        string countryInfo = Path.Combine(geonames, "countryInfo.txt");
        inputs.Add(countryInfo);
        foreach (string line in File.ReadLines(countryInfo).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split('\t');
            if (f.Length < 17)
            {
                continue;
            }

            iso3To2[f[1]] = f[0];
            capitalOf[f[0]] = f[5];
            countryId[f[0]] = f[16];
            canonicalName[f[0]] = f[4];
            Names(f[0]).Add(f[4]);
        }

        string mledoze = Path.Combine(shared, "data", "country_nationality", "mledoze_countries.json.gz");
        inputs.Add(mledoze);
        var adjectiveOf = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(new GZipStream(File.OpenRead(mledoze), CompressionMode.Decompress)))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                string iso2 = country.GetProperty("cca2").GetString() ?? "";
                if (!countryId.ContainsKey(iso2))
                {
                    continue;
                }

                var name = country.GetProperty("name");
                Names(iso2).Add(name.GetProperty("common").GetString() ?? "");
                Names(iso2).Add(name.GetProperty("official").GetString() ?? "");
                foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
                {
                    string a = alt.GetString() ?? "";
                    if (a.Length >= 4 && a.All(c => c < 128 && (char.IsLetter(c) || c is ' ' or '\'' or '-' or '.')) && !a.Contains(','))
                    {
                        Names(iso2).Add(a);
                    }
                }

                if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
                {
                    Adjectives(iso2).Add(eng.GetProperty("m").GetString() ?? "");
                    Adjectives(iso2).Add(eng.GetProperty("f").GetString() ?? "");
                }
            }
        }

        foreach (var (name, iso2) in ExtraCountryNames)
        {
            Names(iso2).Add(name);
        }

        foreach (var (iso2, names) in countryNames.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            names.Remove("");
            // GeoNames' short English name is the canonical one ("North Korea", "United States").
            string canonical = canonicalName[iso2];
            string iso3 = iso3To2.First(p => p.Value == iso2).Key;
            lines.Add($"C\t{iso2}\t{iso3}\t{countryId[iso2]}\t{canonical}\t{Keys(names)}");
        }

        string nationalities = Path.Combine(shared, "data", "country_nationality", "mordecai_nat_df.csv");
        inputs.Add(nationalities);
        var preferred = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(nationalities).Skip(1))
        {
            string[] f = line.Split(',');
            if (f.Length == 2 && iso3To2.TryGetValue(f[1].Trim(), out string? iso2) && f[0].Trim().Length >= 3)
            {
                preferred.TryAdd(f[0].Trim(), iso2);
            }
        }

        // Adjectives shared by several countries ("American": the US and its territories) go to the
        // country mordecai's table gives; the first record for a key wins at run time.
        foreach (var (adjective, iso2) in preferred)
        {
            lines.Add($"N\t{iso2}\t{adjective}\t{Keys([adjective, .. Plurals(adjective)])}");
        }

        foreach (var (iso2, adjectives) in adjectiveOf.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (string adjective in adjectives.Where(a => a.Length >= 3 && !preferred.ContainsKey(a)))
            {
                lines.Add($"N\t{iso2}\t{adjective}\t{Keys([adjective, .. Plurals(adjective)])}");
            }
        }

        foreach (string group in CountrylessGroups)
        {
            lines.Add($"N\t\t{group}\t{Keys([group])}");
        }

        string admin1 = Path.Combine(geonames, "admin1CodesASCII.txt");
        inputs.Add(admin1);
        foreach (string line in File.ReadLines(admin1))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 4)
            {
                lines.Add($"A\t{f[3]}\t{f[0][..2]}\t{Keys([f[1], f[2]])}");
            }
        }

        string cities = Path.Combine(geonames, "cities15000.zip");
        inputs.Add(cities);
        var cityRows = new List<string[]>();
        using (var zip = ZipFile.OpenRead(cities))
        using (var reader = new StreamReader(zip.Entries.First(e => e.Name.EndsWith(".txt", StringComparison.Ordinal)).Open()))
        {
            while (reader.ReadLine() is { } line)
            {
                string[] f = line.Split('\t');
                if (f.Length > 14)
                {
                    cityRows.Add(f);
                }
            }
        }

        var capitalIds = cityRows
            .Where(f => capitalOf.TryGetValue(f[8], out string? capital) && (f[1] == capital || f[2] == capital))
            .GroupBy(f => f[8])
            .Select(g => g.OrderByDescending(f => long.Parse(f[14], CultureInfo.InvariantCulture)).First()[0])
            .ToHashSet(StringComparer.Ordinal);
        foreach (string[] f in cityRows)
        {
            lines.Add($"P\t{f[0]}\t{f[8]}\t{f[14]}\t{(capitalIds.Contains(f[0]) ? 1 : 0)}\t{Keys([f[1], f[2]])}");
        }

        string lexicons = Path.Combine(shared, "data", "attribution_lexicons");
        var orgHeads = new SortedSet<string>(OrgHeads, StringComparer.Ordinal);
        string orgHyponyms = Path.Combine(lexicons, "organization.hyponyms.txt");
        inputs.Add(orgHyponyms);
        foreach (string word in File.ReadLines(orgHyponyms).Select(w => w.Trim()).Where(IsLowerWord))
        {
            orgHeads.Add(word);
        }

        foreach (string head in orgHeads)
        {
            lines.Add($"H\t{NameKey.Of(head)}");
        }

        string personHyponyms = Path.Combine(lexicons, "person.hyponyms.txt");
        inputs.Add(personHyponyms);
        foreach (string word in File.ReadLines(personHyponyms).Select(w => w.Trim()).Where(IsLowerWord).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            lines.Add($"R\t{NameKey.Of(word)}");
        }

        string titles = Path.Combine(lexicons, "titles.txt");
        inputs.Add(titles);
        foreach (string title in File.ReadLines(titles).Select(w => w.Trim()).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal))
        {
            lines.Add($"T\t{NameKey.Of(title)}");
        }

        string phoenix = Path.Combine(shared, "data", "events_phoenix_dictionaries");
        foreach (string file in new[] { "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt.gz" })
        {
            string path = Path.Combine(phoenix, file);
            inputs.Add(path);
            using Stream raw = File.OpenRead(path);
            using Stream stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            using var reader = new StreamReader(stream, Encoding.Latin1);
            bool acronymsAreOrgs = !file.StartsWith("Phoenix.Countries", StringComparison.Ordinal);
            foreach (var actor in PhoenixActors.Read(reader))
            {
                bool isOrg = actor.Names.Any(n => IsOrgName(n, orgHeads, acronymsAreOrgs));
                lines.Add($"O\t{actor.Code}\t{actor.Id}\t{(isOrg ? 1 : 0)}\t{Keys(actor.Names.Select(n => n.StartsWith("THE ", StringComparison.Ordinal) ? n[4..] : n))}");
            }
        }

        foreach (var (id, code, names) in NewsOrganisations)
        {
            // "The Hill", "The Guardian" keep their article: "Hill" and "Guardian" alone are other things.
            lines.Add($"O\t{code}\t{id}\t1\t{Keys(names)}");
        }

        Directory.CreateDirectory(outDirectory);
        string outPath = Path.Combine(outDirectory, FileName);
        // The lines are format 1's text; the file is its keyed form (records read in place at run time).
        File.WriteAllBytes(outPath, EntityLexicon.Convert(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")));

        var manifest = new JsonObject
        {
            ["file"] = FileName,
            ["formatVersion"] = 2,
            ["command"] = command,
            ["sourceSha256"] = ModelManifest.Fingerprint(shared, inputs),
            ["sources"] = new JsonArray([.. inputs.Select(i => (JsonNode)Path.GetRelativePath(shared, i).Replace('\\', '/'))]),
            ["records"] = lines.Count,
            ["bytes"] = new FileInfo(outPath).Length,
        };
        ModelManifest.Write(Path.Combine(outDirectory, ManifestFileName), manifest);
        log.WriteLine($"wrote {outPath}: {lines.Count} records, {new FileInfo(outPath).Length} bytes");
        return 0;

        SortedSet<string> Names(string iso2)
        {
            if (!countryNames.TryGetValue(iso2, out var set))
            {
                countryNames[iso2] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            return set;
        }

        SortedSet<string> Adjectives(string iso2)
        {
            if (!adjectiveOf.TryGetValue(iso2, out var set))
            {
                adjectiveOf[iso2] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            return set;
        }
    }

    /// <summary>Names in lookup form (<see cref="NameKey"/>), distinct, "|"-joined: the stage reads them without normalising.</summary>
    private static string Keys(IEnumerable<string> names) =>
        string.Join('|', names.Select(NameKey.Of).Where(k => k.Length > 0 && !k.Contains('|') && !k.Contains('\t')).Distinct(StringComparer.Ordinal));

    private static IEnumerable<string> Plurals(string adjective)
    {
        // "Afghans", "Israelis", "Americans"; "British", "Chinese", "Swiss" have no plural of their own.
        if (adjective.EndsWith('n') || adjective.EndsWith('i'))
        {
            yield return adjective + "s";
        }
    }

    private static bool IsLowerWord(string word) =>
        word.Length >= 3 && word.All(c => c is >= 'a' and <= 'z' or '-');

    private static bool IsOrgName(string name, SortedSet<string> heads, bool acronymsAreOrgs)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        if (words.Length == 1)
        {
            return acronymsAreOrgs && words[0].Length is >= 3 and <= 6 && words[0].All(char.IsLetter);
        }

        return heads.Contains(words[^1].ToLowerInvariant()) || words.Any(w => OrgHeads.Contains(w.ToLowerInvariant()));
    }

    /// <summary>
    /// Rewrites a format-1 lexicon (DIR/entity-lexicon-v1.txt.gz and its manifest) as format 2 without
    /// the sources: same records and look-ups, so a retrain is not needed. Removes the format-1 files.
    /// </summary>
    public static void UpgradeFile(string directory, TextWriter log)
    {
        string textPath = Path.Combine(directory, TextFileName);
        byte[] converted;
        using (var input = File.OpenRead(textPath))
        {
            converted = EntityLexicon.Convert(Newsgraph.Core.Models.TabSeparatedText.Inflate(input).Span);
        }

        string outPath = Path.Combine(directory, FileName);
        File.WriteAllBytes(outPath, converted);
        string oldManifest = Path.Combine(directory, TextManifestFileName);
        var manifest = (JsonObject)JsonNode.Parse(File.ReadAllText(oldManifest))!;
        manifest["file"] = FileName;
        manifest["formatVersion"] = 2;
        manifest["bytes"] = converted.Length;
        ModelManifest.Write(Path.Combine(directory, ManifestFileName), manifest);
        File.Delete(textPath);
        File.Delete(oldManifest);
        log.WriteLine($"wrote {outPath}: {converted.Length} bytes (from {TextFileName})");
    }
}
