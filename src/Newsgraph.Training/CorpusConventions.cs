using System.Collections.Frozen;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Rewrites gold spans of corpora whose annotation conventions differ from the CoNLL name convention
/// the tagger (and the report) follow: names only, no determiners or titles, countries are places
/// even when they act, no pronouns or nominal mentions. Applied to training and held-out sentences
/// alike, so held-out figures measure the convention the product promises.
/// </summary>
internal sealed class CorpusConventions(FrozenSet<string> countryNames)
{
    /// <summary>Words that may sit lower-case inside a name ("Bank of England", "Mar del Plata", "al-Maliki").</summary>
    public static readonly FrozenSet<string> NameConnectors = FrozenSet.ToFrozenSet(
        ["of", "and", "the", "for", "de", "del", "della", "di", "da", "du", "des", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "ibn", "y", "e", "on", "upon", "am", "in", "&", "'s", "'"],
        StringComparer.Ordinal);

    /// <summary>Pronouns re3d marks as Person/Organisation mentions ("I", "We", "He"); never names.</summary>
    public static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["i", "we", "he", "she", "they", "it", "his", "her", "hers", "their", "our", "my", "you", "us", "them", "him", "me", "its", "your"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Short forms of countries common in news that GeoNames' country names lack.</summary>
    public static readonly FrozenSet<string> CountryAliases = FrozenSet.ToFrozenSet(
        ["u.s.", "us", "u.s", "usa", "u.s.a.", "america", "u.k.", "uk", "britain", "great britain", "russia", "iran", "syria", "north korea", "south korea",
         "ivory coast", "congo", "vietnam", "laos", "burma", "the netherlands", "holland", "czech republic", "palestinian territories", "gaza strip", "west bank", "vatican"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>GeoNames country names (lower case) plus <see cref="CountryAliases"/>.</summary>
    public static CorpusConventions Load(string shared, List<string> inputFiles)
    {
        string path = Path.Combine(shared, "data", "geonames", "countryInfo.txt");
        inputFiles.Add(path);
        var names = new HashSet<string>(CountryAliases, StringComparer.OrdinalIgnoreCase);
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split('\t');
            if (f.Length > 4 && f[4].Length > 0)
            {
                names.Add(f[4]);
            }
        }

        return new CorpusConventions(names.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// GMB (silver labels): titles and leading "the" are cut, lower-case place modifiers dropped
    /// ("southern Afghanistan" → "Afghanistan"); a country tagged gpe (GMB's "actor" reading, NORP
    /// here) or org (metonymy: "Ukraine said") is a place in the CoNLL convention.
    /// </summary>
    public CleanedSpan Gmb(string[] tokens, TaggedEntity entity)
    {
        int start = entity.Start;
        if (entity.Kind == EntityKind.Person)
        {
            while (start < entity.End && CorpusTagMap.GmbPersonTitles.Contains(tokens[start]))
            {
                start++;
            }
        }

        while (start < entity.End && (tokens[start].Equals("the", StringComparison.OrdinalIgnoreCase) || (entity.Kind == EntityKind.Loc && IsLowerWord(tokens[start]))))
        {
            start++;
        }

        if (start == entity.End)
        {
            return CleanedSpan.Outside;
        }

        var kept = entity with { Start = start };
        if (kept.Kind is EntityKind.Norp or EntityKind.Org && countryNames.Contains(string.Join(' ', tokens[start..entity.End])))
        {
            kept = kept with { Kind = EntityKind.Loc };
        }

        return CleanedSpan.Keep(kept);
    }

    /// <summary>
    /// re3d marks mentions, not names: pronouns become O; "Palmyra , Syria" (one Location) becomes two
    /// places; nominal mentions with lower-case words ("Syrian opposition", "residents of Mosul") or
    /// brackets get no training signal, as the CoNLL convention would mark only part of them.
    /// </summary>
    public static CleanedSpan Re3d(string[] tokens, TaggedEntity entity)
    {
        int start = entity.Start;
        while (start < entity.End && CorpusTagMap.LeadingDeterminers.Contains(tokens[start]))
        {
            start++;
        }

        if (start == entity.End || (entity.End - start == 1 && Pronouns.Contains(tokens[start])) || !tokens[start..entity.End].Any(WordShape.StartsUpper))
        {
            return CleanedSpan.Outside;
        }

        if (entity.Kind == EntityKind.Loc && tokens[start..entity.End].Contains(","))
        {
            var parts = new List<TaggedEntity>();
            int from = start;
            for (int i = start; i <= entity.End; i++)
            {
                if (i == entity.End || tokens[i] == ",")
                {
                    if (i == from || !WordShape.StartsUpper(tokens[from]) || tokens[from..i].Any(IsNonConnectorLower))
                    {
                        return CleanedSpan.Unlabelled;
                    }

                    parts.Add(new TaggedEntity(from, i, EntityKind.Loc));
                    from = i + 1;
                }
            }

            return new CleanedSpan(parts, false);
        }

        bool nominal = !WordShape.StartsUpper(tokens[start]) || tokens[start..entity.End].Any(t => IsNonConnectorLower(t) || t is "," or "(" or ")");
        return nominal ? CleanedSpan.Unlabelled : CleanedSpan.Keep(entity with { Start = start });
    }

    private static bool IsLowerWord(string token) => token.Length > 0 && token.All(char.IsLower);

    private static bool IsNonConnectorLower(string token) => IsLowerWord(token) && !NameConnectors.Contains(token);
}
