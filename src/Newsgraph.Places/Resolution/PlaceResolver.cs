using System.Collections.Immutable;
using System.Globalization;
using Newsgraph.Core.Documents;
using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Places.Resolution;

/// <summary>
/// Resolves the place entities of one document to GeoNames entries. Candidates come from the
/// entity's names; each is scored by population, kind (country, capital, region), name quality and
/// the text's qualifier ("Moscow, Idaho"); then, in a second pass, by the other places, groups and
/// organisations of the document (their countries, admin-1 regions, neighbouring countries), each
/// entity's own first-pass pick left out. Places the gazetteer lacks keep the place the text puts
/// them in. Linear in entities and mentions: candidates per name are capped, context is counted once.
/// </summary>
internal sealed class PlaceResolver(PlaceGazetteer gazetteer)
{
    /// <summary>At most this many names (canonical + aliases) of one entity are looked up.</summary>
    private const int MaxNamesPerEntity = 8;

    /// <summary>How far after a place its container may start ("Gush Etzion settlement bloc in the West Bank").</summary>
    private const int MaxContainerGapChars = 60;

    /// <summary>How many containers are followed to find a country ("Pangram area of Sarkh, Logar").</summary>
    private const int MaxContainerDepth = 3;

    /// <summary>How many mentions "the city's Hoa Lo prison" looks back through for the city.</summary>
    private const int MaxAnaphoraLookBack = 40;

    public PlaceResolution Resolve(string text, ImmutableArray<Entity> entities, CancellationToken cancellationToken)
    {
        var order = new MentionOrder(entities);
        var candidates = new List<Candidate>?[entities.Length];
        var qualified = new bool[entities.Length];
        var evidence = new Dictionary<string, int>(StringComparer.Ordinal);
        var isPlace = new bool[entities.Length];
        var retyped = ImmutableArray.CreateBuilder<PlaceRetype>();
        for (int i = 0; i < entities.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = entities[i];
            isPlace[i] = entity.Type is EntityType.Gpe or EntityType.Loc;
            if (!isPlace[i] && PlaceCues.Of(text, entities, i, order, gazetteer) is { } cues)
            {
                // Typed ORG (or another non-place type) but a place by its context: resolved as a GPE.
                isPlace[i] = true;
                retyped.Add(new PlaceRetype(entity.Id, entity.Type, EntityType.Gpe, cues));
            }
        }

        for (int i = 0; i < entities.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entity = entities[i];
            if (isPlace[i])
            {
                candidates[i] = Candidates(text, entities, order, i, qualified);
            }
            else if (CountryOf(entity) is { } country)
            {
                // A nationality, a person's or an organisation's country is evidence for places there.
                evidence[country] = evidence.GetValueOrDefault(country) + 1;
            }
        }

        var firstPick = new GazetteerEntry?[entities.Length];
        for (int i = 0; i < entities.Length; i++)
        {
            firstPick[i] = candidates[i] is { Count: > 0 } list ? Best(list, c => c.Intrinsic + CountryBonus(c.Entry, evidence.GetValueOrDefault(c.Entry.CountryCode))).Entry : null;
        }

        // Second pass: each entity sees the other entities' first-pass picks.
        var countryCount = new Dictionary<string, int>(evidence, StringComparer.Ordinal);
        var admin1Count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pick in firstPick)
        {
            if (pick is null)
            {
                continue;
            }

            countryCount[pick.CountryCode] = countryCount.GetValueOrDefault(pick.CountryCode) + 1;
            if (pick.Admin1Key is { } a1)
            {
                admin1Count[a1] = admin1Count.GetValueOrDefault(a1) + 1;
            }
        }

        var resolved = ImmutableArray.CreateBuilder<ResolvedPlace>();
        var final = new GazetteerEntry?[entities.Length];
        for (int i = 0; i < entities.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (candidates[i] is not { Count: > 0 } list)
            {
                continue;
            }

            var own = firstPick[i]!;
            var pick = Best(list, c => c.Intrinsic + ContextScore(c.Entry, own, countryCount, admin1Count));
            var best = pick.Entry;
            if (!Plausible(pick, qualified[i], countryCount.GetValueOrDefault(best.CountryCode) - (own.CountryCode == best.CountryCode ? 1 : 0)))
            {
                continue;
            }

            final[i] = best;
            resolved.Add(new ResolvedPlace(entities[i].Id, best.GeonameId, best.Lat, best.Lon, best.FeatureCode, best.CountryCode) { Admin1 = best.Admin1 });
        }

        var fallback = new UnresolvedCountries(gazetteer, text, entities, order, final, isPlace, retyped.Select(r => r.EntityId).ToHashSet(StringComparer.Ordinal), evidence);
        var (containers, countries) = Containers(text, entities, order, final, isPlace, fallback);
        return new PlaceResolution(resolved.ToImmutable(), containers, countries, retyped.ToImmutable());
    }

    private string? CountryOf(Entity entity)
    {
        if (entity.Country is { Length: 2 } country)
        {
            return country;
        }

        return entity.Type == EntityType.Norp ? gazetteer.CountryOfDemonym(PlaceNameKey.Of(entity.Name)) : null;
    }

    private List<Candidate> Candidates(string text, ImmutableArray<Entity> entities, MentionOrder order, int index, bool[] qualified)
    {
        var entity = entities[index];
        var byId = new Dictionary<long, Candidate>();
        var qualifierCountries = new HashSet<string>(StringComparer.Ordinal);
        var qualifierAdmin1s = new HashSet<string>(StringComparer.Ordinal);
        int names = 0;
        foreach (string name in entity.Aliases.Prepend(entity.Name))
        {
            if (++names > MaxNamesPerEntity)
            {
                break;
            }

            string head = name;
            int comma = name.IndexOf(',');
            if (comma > 0)
            {
                // "Washington, D.C.", "Moscow, Idaho" as one entity name: the part after the comma qualifies.
                head = name[..comma];
                AddQualifier(PlaceNameKey.Of(name.AsSpan(comma + 1)), qualifierCountries, qualifierAdmin1s);
            }

            double aliasPenalty = names == 1 ? 0 : ScoringWeights.AliasOnly;
            var hits = Hits(PlaceNameKey.Of(head));
            if (hits.Count == 0 && PlaceNameCore.Of(head) is { } core)
            {
                hits = Hits(core); // "8-year-old Fort Worth": the tagger glued a descriptor to the name
            }

            foreach (var hit in hits)
            {
                if (!byId.TryGetValue(hit.Entry.GeonameId, out var candidate))
                {
                    byId[hit.Entry.GeonameId] = candidate = new Candidate(hit.Entry);
                }

                candidate.NameScore = Math.Max(candidate.NameScore, aliasPenalty + (hit.Alternate && hit.Entry.Kind == PlaceKind.City ? ScoringWeights.AlternateName : 0));
                candidate.AlternateOnly &= hit.Alternate;
            }
        }

        foreach (var mention in entity.Mentions)
        {
            QualifierAfter(text, entities, order, mention, index, qualifierCountries, qualifierAdmin1s);
        }

        qualified[index] = qualifierCountries.Count > 0 || qualifierAdmin1s.Count > 0;
        long? key = KeyId(entity.Key);
        var list = byId.Values.OrderByDescending(c => c.Entry.Population).ThenBy(c => c.Entry.GeonameId).Take(ScoringWeights.MaxCandidates).ToList();
        foreach (var c in list)
        {
            c.KeyMatch = key == c.Entry.GeonameId;
            c.QualifierMatch = c.Entry.Kind != PlaceKind.Country
                && (qualifierCountries.Contains(c.Entry.CountryCode) || (c.Entry.Admin1Key is { } a1 && qualifierAdmin1s.Contains(a1)));
            c.Intrinsic = Intrinsic(c, list);
        }

        return list;
    }

    /// <summary>The name's entries; on a miss, the name without a generic region word ("Zabul Province" → "zabul").</summary>
    private IReadOnlyList<GazetteerHit> Hits(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        var hits = gazetteer.Lookup(key);
        int space = key.LastIndexOf(' ');
        if (hits.Count == 0 && space > 0 && PlaceWords.RegionHeads.Contains(key[(space + 1)..]))
        {
            hits = gazetteer.Lookup(key[..space]);
        }

        return hits;
    }

    private void AddQualifier(string key, HashSet<string> countries, HashSet<string> admin1s)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (PlaceWords.UsStateAbbreviations.TryGetValue(key.Replace(" ", "", StringComparison.Ordinal), out string? state))
        {
            admin1s.Add("US." + state);
        }

        foreach (var hit in Hits(key))
        {
            if (hit.Entry.Kind == PlaceKind.Country)
            {
                countries.Add(hit.Entry.CountryCode);
            }
            else if (hit.Entry.Kind == PlaceKind.Admin1 && hit.Entry.Admin1Key is { } a1)
            {
                admin1s.Add(a1);
            }
        }
    }

    /// <summary>"Moscow, Russia" / "Moscow, Ida.": a comma, then a place mention or a US state abbreviation.</summary>
    private void QualifierAfter(string text, ImmutableArray<Entity> entities, MentionOrder order, EntityMention mention, int index, HashSet<string> countries, HashSet<string> admin1s)
    {
        int at = mention.End;
        if (at >= text.Length || text[at] != ',')
        {
            return;
        }

        int start = at + 1;
        while (start < text.Length && start - at <= 3 && text[start] == ' ')
        {
            start++;
        }

        if (order.Next(mention, index) is { } next && next.Start == start && next.Entity != index
            && entities[next.Entity].Type is EntityType.Gpe or EntityType.Loc)
        {
            foreach (string name in entities[next.Entity].Aliases.Prepend(entities[next.Entity].Name).Take(MaxNamesPerEntity))
            {
                AddQualifier(PlaceNameKey.Of(name), countries, admin1s);
            }

            return;
        }

        // An abbreviation the entity stage did not take as a name: up to the next space or punctuation after its period(s).
        int end = start;
        while (end < text.Length && end - start < 6 && (char.IsLetter(text[end]) || text[end] == '.'))
        {
            end++;
        }

        string word = text[start..end];
        if (word.EndsWith('.') && PlaceWords.UsStateAbbreviations.TryGetValue(PlaceNameKey.Of(word).Replace(" ", "", StringComparison.Ordinal), out string? state))
        {
            admin1s.Add("US." + state);
        }
    }

    private static double Intrinsic(Candidate c, List<Candidate> all)
    {
        var e = c.Entry;
        double score = Math.Log10(e.Population + 10) + c.NameScore;
        score += e.Kind switch
        {
            PlaceKind.Country => ScoringWeights.Country,
            PlaceKind.Admin1 => ScoringWeights.SeatOrRegion,
            _ when e.IsCapital => ScoringWeights.Capital,
            _ when e.IsSeat => ScoringWeights.SeatOrRegion,
            _ => 0,
        };
        if (e.Kind == PlaceKind.Admin1 && all.Exists(o => o.Entry.Kind == PlaceKind.City && o.Entry.IsSeat && o.Entry.Admin1Key == e.Admin1Key && o.NameScore == 0))
        {
            score += ScoringWeights.RegionNamedLikeItsSeat;
        }

        if (c.KeyMatch)
        {
            score += ScoringWeights.EntityKey;
        }

        if (c.QualifierMatch)
        {
            score += ScoringWeights.Qualifier;
        }

        return score;
    }

    /// <summary>
    /// Whether the best candidate may stand: not when the text names a container it is not in
    /// ("Sarkh, Logar" is no town in Chad), nor when only an alternate spelling names it and nothing
    /// else in the document is in its country (an other-language spelling that happens to match).
    /// </summary>
    private static bool Plausible(Candidate best, bool qualified, int otherEvidenceInCountry)
    {
        if (qualified && !best.QualifierMatch && best.Entry.Kind != PlaceKind.Country)
        {
            return false;
        }

        return !best.AlternateOnly || best.KeyMatch || otherEvidenceInCountry > 0;
    }

    private static double CountryBonus(GazetteerEntry entry, int evidence) =>
        evidence <= 0 ? 0 : ScoringWeights.CountryContext + (ScoringWeights.CountryContextEach * Math.Min(evidence - 1, ScoringWeights.MaxCountryEvidence - 1));

    private double ContextScore(GazetteerEntry entry, GazetteerEntry own, Dictionary<string, int> countryCount, Dictionary<string, int> admin1Count)
    {
        int inCountry = countryCount.GetValueOrDefault(entry.CountryCode) - (own.CountryCode == entry.CountryCode ? 1 : 0);
        double score = CountryBonus(entry, inCountry);
        if (entry.Admin1Key is { } a1)
        {
            int inRegion = admin1Count.GetValueOrDefault(a1) - (own.Admin1Key == a1 ? 1 : 0);
            score += inRegion > 0 ? ScoringWeights.Admin1Context : 0;
        }

        if (entry.Kind == PlaceKind.Country)
        {
            foreach (string neighbour in gazetteer.NeighboursOf(entry.CountryCode))
            {
                if (countryCount.GetValueOrDefault(neighbour) - (own.CountryCode == neighbour ? 1 : 0) > 0)
                {
                    score += ScoringWeights.NeighbourContext;
                    break;
                }
            }
        }

        return score;
    }

    private static Candidate Best(List<Candidate> candidates, Func<Candidate, double> score)
    {
        var best = candidates[0];
        double bestScore = score(best);
        for (int i = 1; i < candidates.Count; i++)
        {
            double s = score(candidates[i]);
            if (s > bestScore)
            {
                (best, bestScore) = (candidates[i], s);
            }
        }

        return best;
    }

    private static long? KeyId(string? key) =>
        key is not null && key.StartsWith("geonames:", StringComparison.Ordinal)
        && long.TryParse(key.AsSpan(9), NumberStyles.Integer, CultureInfo.InvariantCulture, out long id) ? id : null;

    private static (ImmutableArray<PlaceContainer> Containers, ImmutableArray<PlaceCountry> Countries) Containers(
        string text, ImmutableArray<Entity> entities, MentionOrder order, GazetteerEntry?[] resolved, bool[] isPlace, UnresolvedCountries fallback)
    {
        var containerOf = new int[entities.Length];
        Array.Fill(containerOf, -1);
        for (int i = 0; i < entities.Length; i++)
        {
            if (resolved[i] is not null || !(isPlace[i] || entities[i].Type == EntityType.Fac))
            {
                continue;
            }

            foreach (var mention in entities[i].Mentions)
            {
                int container = ContainerOf(text, entities, order, mention, i, resolved, isPlace);
                if (container >= 0)
                {
                    containerOf[i] = container;
                    break;
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<PlaceContainer>();
        var countries = ImmutableArray.CreateBuilder<PlaceCountry>();
        for (int i = 0; i < entities.Length; i++)
        {
            if (resolved[i] is not null || !(isPlace[i] || entities[i].Type == EntityType.Fac))
            {
                continue;
            }

            string? country = null;
            for (int c = containerOf[i], depth = 0; c >= 0 && depth < MaxContainerDepth && country is null; c = containerOf[c], depth++)
            {
                country = resolved[c]?.CountryCode ?? entities[c].Country ?? fallback.Of(c)?.CountryCode;
            }

            if (containerOf[i] >= 0)
            {
                result.Add(new PlaceContainer(entities[i].Id, entities[containerOf[i]].Id, country));
            }

            if (country is null && entities[i].Country is null && fallback.Of(i) is { } own)
            {
                countries.Add(new PlaceCountry(entities[i].Id, own.CountryCode, own.Source));
            }
        }

        return (result.ToImmutable(), countries.ToImmutable());
    }

    /// <summary>
    /// The place entity the text puts this mention in: "Forest Hill's WoodSpring Suites" (a possessive
    /// right before), "the city's Hoa Lo prison" (the nearest earlier city), "Pier 33 in San
    /// Francisco", "Pangram area of Sarkh", "Sarkh, Logar" (a comma or a few lower-case words with a
    /// locative preposition right after). -1 when none.
    /// </summary>
    private static int ContainerOf(string text, ImmutableArray<Entity> entities, MentionOrder order, EntityMention mention, int index, GazetteerEntry?[] resolved, bool[] isPlace)
    {
        if (order.Previous(mention, index) is { } previous && previous.Entity != index && isPlace[previous.Entity]
            && previous.End <= mention.Start && mention.Start - previous.End <= 3)
        {
            string gap = text[previous.End..mention.Start];
            if (gap is "'s " or "\u2019s " or "' " or "\u2019 ")
            {
                return previous.Entity;
            }
        }

        if (AnaphoricKind(text, mention.Start) is { } kind)
        {
            foreach (var earlier in order.Before(mention, index, MaxAnaphoraLookBack))
            {
                if (earlier.Entity != index && resolved[earlier.Entity] is { } entry && entry.Kind == kind)
                {
                    return earlier.Entity;
                }
            }
        }

        if (order.Next(mention, index) is { } next && next.Entity != index && isPlace[next.Entity]
            && next.Start - mention.End <= MaxContainerGapChars && IsContainerGap(text.AsSpan(mention.End, next.Start - mention.End)))
        {
            return next.Entity;
        }

        return -1;
    }

    /// <summary>"the city's " right before a mention: the kind of place the possessive refers back to.</summary>
    private static PlaceKind? AnaphoricKind(string text, int start)
    {
        int end = start - 1;
        if (end < 3 || text[end] != ' ' || text[end - 1] != 's' || text[end - 2] is not ('\'' or '\u2019'))
        {
            return null;
        }

        int wordEnd = end - 2;
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 12 && char.IsLower(text[wordStart - 1]))
        {
            wordStart--;
        }

        // Only "the city's": "a city's" or "Kabul city's" do not point back at one place.
        bool definite = wordStart >= 4 && text.AsSpan(wordStart - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
        return definite && PlaceWords.AnaphoricPlaceNouns.TryGetValue(text[wordStart..wordEnd], out var kind) ? kind : null;
    }

    private static bool IsContainerGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (trimmed is ",")
        {
            return true;
        }

        if (trimmed[0] == ',')
        {
            trimmed = trimmed[1..].TrimStart();
        }

        int words = 0;
        bool preposition = false;
        foreach (var range in trimmed.Split(' '))
        {
            var word = trimmed[range];
            if (word.IsEmpty)
            {
                continue;
            }

            foreach (char c in word)
            {
                if (c is < 'a' or > 'z')
                {
                    return false;
                }
            }

            if (++words > PlaceWords.MaxContainerGapWords)
            {
                return false;
            }

            preposition |= PlaceWords.ContainerPrepositions.Contains(word.ToString());
        }

        return preposition;
    }
}

/// <summary>What the resolver gives one document: the layers of the places stage.</summary>
internal sealed record PlaceResolution(
    ImmutableArray<ResolvedPlace> Resolved,
    ImmutableArray<PlaceContainer> Containers,
    ImmutableArray<PlaceCountry> Countries,
    ImmutableArray<PlaceRetype> Retyped);
