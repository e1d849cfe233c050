using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Places.Resolution;

/// <summary>
/// The country of a place no gazetteer entry resolves, when the text gives no container: first a
/// region or country named right after a comma that the tagger took for no entity ("Sarkh, Logar"),
/// then its base name ("Kowloon West", "West Kowloon" → Kowloon, HK), then — for settlements only (GPE, or an
/// entity shown to be a place), never for water or regions larger than a country — the country the
/// article's places and actors point to overwhelmingly ("Forest Hill" in a Fort Worth story → US).
/// The entry stays unknown (no geo): only the country is claimed.
/// </summary>
internal sealed class UnresolvedCountries
{
    /// <summary>The article's country needs at least this many places and actors in it.</summary>
    private const int MinArticleEvidence = 2;

    /// <summary>… and this many times the evidence of the runner-up: a two-country story names no dominant one.</summary>
    private const int ArticleDominance = 2;

    /// <summary>How many mentions a street or local facility looks back through for the nearest city or region.</summary>
    private const int MaxNearestPlaceLookBack = 40;

    private readonly PlaceGazetteer gazetteer;
    private readonly MentionOrder order;
    private readonly string text;
    private readonly ImmutableArray<Entity> entities;
    private readonly GazetteerEntry?[] resolved;
    private readonly bool[] isPlace;
    private readonly HashSet<string> retyped;
    private readonly Dictionary<string, int> countryCount;
    private readonly string? articleCountry;
    private readonly (string CountryCode, PlaceCountrySource Source)?[] cache;
    private readonly bool[] done;

    public UnresolvedCountries(PlaceGazetteer gazetteer, string text, ImmutableArray<Entity> entities, MentionOrder order, GazetteerEntry?[] resolved, bool[] isPlace, HashSet<string> retyped, IReadOnlyDictionary<string, int> evidence)
    {
        (this.gazetteer, this.text, this.entities, this.order, this.resolved, this.isPlace, this.retyped) = (gazetteer, text, entities, order, resolved, isPlace, retyped);
        countryCount = new Dictionary<string, int>(evidence, StringComparer.Ordinal);
        foreach (var entry in resolved)
        {
            if (entry is not null)
            {
                countryCount[entry.CountryCode] = countryCount.GetValueOrDefault(entry.CountryCode) + 1;
            }
        }

        var ranked = countryCount.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        if (ranked.Count > 0 && ranked[0].Value >= MinArticleEvidence && (ranked.Count == 1 || ranked[0].Value >= ArticleDominance * ranked[1].Value))
        {
            articleCountry = ranked[0].Key;
        }

        cache = new (string, PlaceCountrySource)?[entities.Length];
        done = new bool[entities.Length];
    }

    /// <summary>The country of unresolved place entity <paramref name="index"/>, or null when neither rule gives one.</summary>
    public (string CountryCode, PlaceCountrySource Source)? Of(int index)
    {
        if (!done[index])
        {
            cache[index] = Compute(index);
            done[index] = true;
        }

        return cache[index];
    }

    private (string CountryCode, PlaceCountrySource Source)? Compute(int index)
    {
        var entity = entities[index];
        if (resolved[index] is not null)
        {
            return null;
        }

        string key = PlaceNameKey.Of(entity.Name);
        if (!isPlace[index])
        {
            return entity.Type == EntityType.Fac && IsLocalFacility(key) ? LocalFacilityCountry(index) : null;
        }

        bool noCountry = PlaceWords.NoCountryHeads.Contains(key[(key.LastIndexOf(' ') + 1)..]);
        foreach (var mention in noCountry ? [] : entity.Mentions)
        {
            if (CommaRegion.After(text, mention.End, gazetteer) is { } region)
            {
                return (region.CountryCode, PlaceCountrySource.CommaRegion);
            }
        }

        if (BaseNameCountry(key) is { } country)
        {
            return (country, PlaceCountrySource.BaseName);
        }

        bool settlement = entity.Type == EntityType.Gpe || retyped.Contains(entity.Id);
        return settlement && articleCountry is not null && !noCountry
            ? (articleCountry, PlaceCountrySource.Article)
            : null;
    }

    /// <summary>"6th avenue", "hoa lo prison", "pier 33": the last word, or a word before a number, is a local facility's.</summary>
    private static bool IsLocalFacility(string key)
    {
        // A name and its noun: a bare "Street" or "Road" is a fragment the tagger cut ("Street's
        // expectations" is Dalal Street, or Wall Street), no facility of the story's town.
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        return PlaceWords.LocalFacilityHeads.Contains(words[^1])
            || (char.IsDigit(words[^1][0]) && PlaceWords.LocalFacilityHeads.Contains(words[^2]));
    }

    /// <summary>
    /// A street or local facility no container places: the article's dominant country, else the
    /// country of the nearest city or admin-1 region resolved before its first mention (news names
    /// the town before its streets).
    /// </summary>
    private (string CountryCode, PlaceCountrySource Source)? LocalFacilityCountry(int index)
    {
        if (articleCountry is not null)
        {
            return (articleCountry, PlaceCountrySource.Article);
        }

        var entity = entities[index];
        if (entity.Mentions.IsDefaultOrEmpty)
        {
            return null;
        }

        var first = entity.Mentions.MinBy(m => m.Start);
        foreach (var earlier in order.Before(first, index, MaxNearestPlaceLookBack))
        {
            if (earlier.Entity != index && resolved[earlier.Entity] is { Kind: PlaceKind.City or PlaceKind.Admin1 } place)
            {
                return (place.CountryCode, PlaceCountrySource.NearestPlace);
            }
        }

        return null;
    }

    /// <summary>"kowloon west" / "west kowloon" → the country of the most likely "kowloon" (population, with the article's countries first).</summary>
    private string? BaseNameCountry(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        string? rest = PlaceWords.PartWords.Contains(words[0]) ? string.Join(' ', words.Skip(1))
            : PlaceWords.PartWords.Contains(words[^1]) ? string.Join(' ', words.Take(words.Length - 1))
            : null;
        // "North America", "Central Asia": the rest is a continent or world region, no country's place.
        if (rest is null || PlaceWords.NoCountryHeads.Contains(rest[(rest.LastIndexOf(' ') + 1)..]))
        {
            return null;
        }

        GazetteerEntry? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var hit in gazetteer.Lookup(rest))
        {
            if (hit.Alternate)
            {
                continue; // an other-language spelling of some far place is no base
            }

            double score = Math.Log10(hit.Entry.Population + 10) + (countryCount.GetValueOrDefault(hit.Entry.CountryCode) > 0 ? ScoringWeights.CountryContext : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (hit.Entry, score);
            }
        }

        return best?.CountryCode;
    }
}
