using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Places.Resolution;

/// <summary>
/// Whether an entity the tagger typed as something other than a place (mostly ORG: "Sarkh",
/// "Kowloon West", "Forest Hill") is a place by its context and the gazetteer. Each cue is a named
/// rule with a weight; an entity is a place when its distinct cues weigh at least
/// <see cref="Threshold"/> and its name holds no organisation word. Only the words around each
/// mention are read (a bounded window), so the cost is linear in mentions.
/// </summary>
internal static class PlaceCues
{
    /// <summary>Two weak cues, or one strong one: a single "in X" does not make "in Congress" a place.</summary>
    public const int Threshold = 2;

    /// <summary>How far around a mention the cue words are looked for.</summary>
    private const int Window = 48;

    /// <summary>Capitalised words allowed between "X's" and a facility noun ("Forest Hill's WoodSpring Suites hotel").</summary>
    private const int MaxFacilityNameWords = 3;

    /// <summary>
    /// A person-typed entity needs more: a strong cue ("the commander of Kowloon West district") and
    /// the gazetteer behind its name or base name ("Kowloon West" → Kowloon), at least this weight.
    /// "Jordan said" has a gazetteer name but no place noun around it, so it stays a person.
    /// </summary>
    public const int PersonThreshold = 3;

    /// <summary>The types whose entities may be places the tagger mistyped; people only on the stricter terms above.</summary>
    private static bool MayBeMistyped(EntityType type) => type is EntityType.Org or EntityType.Product or EntityType.Work or EntityType.Event or EntityType.Person;

    /// <summary>Cues that say "place" by the words around the name alone; a person needs one of them.</summary>
    private static bool IsStrong(string cue) => cue is "place-noun-of" or "place-noun-after";

    /// <summary>
    /// The cues (named, comma-joined) that make <paramref name="entities"/>[<paramref name="index"/>] a
    /// place, or null when it is not one.
    /// </summary>
    public static string? Of(string text, ImmutableArray<Entity> entities, int index, MentionOrder order, PlaceGazetteer gazetteer)
    {
        var entity = entities[index];
        if (!MayBeMistyped(entity.Type))
        {
            return null;
        }

        string key = PlaceNameKey.Of(entity.Name);
        if (key.Length == 0 || HasOrganisationWord(key))
        {
            return null; // no place name (empty, or longer than any), or an organisation's
        }

        // "8-year-old Fort Worth": the gazetteer is asked for the name without the glued descriptor.
        bool inGazetteer = InGazetteer(key, gazetteer);
        if (!inGazetteer && PlaceNameCore.Of(entity.Name) is { } core)
        {
            key = core;
            inGazetteer = InGazetteer(key, gazetteer);
        }

        if (entity.Type == EntityType.Person && !inGazetteer && !BaseInGazetteer(key, gazetteer))
        {
            return null; // most people: no place name, so no mention is read
        }

        var cues = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in entity.Mentions)
        {
            var before = text.AsSpan(Math.Max(0, mention.Start - Window), mention.Start - Math.Max(0, mention.Start - Window));
            var after = text.AsSpan(mention.End, Math.Min(Window, text.Length - mention.End));
            var (word1, word2) = LastTwoWords(before);
            if (word1 == "of" && PlaceWords.PlaceNounsOf.Contains(word2))
            {
                cues["place-noun-of"] = 2; // "Pangram area of Sarkh", "the village of X"
            }
            else if (PlaceWords.LocativePrepositions.Contains(word1))
            {
                cues["locative-preposition"] = 1; // "clashes in Sarkh": weak alone ("in Congress")
            }

            var (next, partOfName) = NextWord(after);
            if (!partOfName && PlaceWords.PlaceNounsAfter.Contains(next))
            {
                cues["place-noun-after"] = 2; // "Kowloon West district", "the Gush Etzion settlement bloc"
            }
            else if (!partOfName && PlaceWords.MunicipalNounsAfter.Contains(next))
            {
                cues["municipal-noun-after"] = 1; // "Forest Hill police officers"; "Hamas police" exists too
            }

            if (IsPossessive(after) && FacilityFollows(text, entities, order, mention, index))
            {
                cues["possessive-of-facility"] = 1; // "Forest Hill's WoodSpring Suites hotel"
            }

            if (after.Length > 0 && after[0] == ',' && (PlaceAfterComma(text, entities, order, mention, index) || CommaRegion.After(text, mention.End, gazetteer) is not null))
            {
                // "Sarkh, Logar": weak alone, since "Egypt, Hamas, Israel and Qatar" is a list.
                cues["comma-place-after"] = 1;
            }
        }

        if (cues.Count > 0 && inGazetteer)
        {
            cues["gazetteer-name"] = 1; // the name is a populated place, region or country
        }
        else if (cues.Count > 0 && BaseInGazetteer(key, gazetteer))
        {
            cues["gazetteer-base-name"] = 1; // "Kowloon West": a part word and a gazetteer place
        }

        if (entity.Type == EntityType.Person)
        {
            bool placeByName = cues.ContainsKey("gazetteer-name") || cues.ContainsKey("gazetteer-base-name");
            return placeByName && cues.Keys.Any(IsStrong) && cues.Values.Sum() >= PersonThreshold ? string.Join(",", cues.Keys) : null;
        }

        return cues.Values.Sum() >= Threshold ? string.Join(",", cues.Keys) : null;
    }

    /// <summary>"kowloon west", "west kowloon": a part word (<see cref="PlaceWords.PartWords"/>) and a gazetteer place's own name.</summary>
    private static bool BaseInGazetteer(string key, PlaceGazetteer gazetteer)
    {
        int first = key.IndexOf(' ');
        int last = key.LastIndexOf(' ');
        if (first < 0)
        {
            return false;
        }

        return (PlaceWords.PartWords.Contains(key[..first]) && InGazetteer(key[(first + 1)..], gazetteer))
            || (PlaceWords.PartWords.Contains(key[(last + 1)..]) && InGazetteer(key[..last], gazetteer));
    }

    private static bool HasOrganisationWord(string key)
    {
        foreach (string word in key.Split(' '))
        {
            if (PlaceWords.OrganisationWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A gazetteer entry under the entity's canonical name (not only an other-language spelling).
    /// Aliases are left out: "Santa Fe Animal Shelter" may carry "Santa Fe" as one.
    /// </summary>
    private static bool InGazetteer(string key, PlaceGazetteer gazetteer)
    {
        foreach (var hit in gazetteer.Lookup(key))
        {
            if (!hit.Alternate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word before a mention and the one before it, lower case ("area of" → ("of", "area")).</summary>
    private static (string Last, string BeforeLast) LastTwoWords(ReadOnlySpan<char> before)
    {
        string last = "", beforeLast = "";
        int end = before.Length;
        for (int n = 0; n < 2; n++)
        {
            while (end > 0 && before[end - 1] == ' ')
            {
                end--;
            }

            int start = end;
            while (start > 0 && char.IsLetter(before[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                break; // punctuation or a digit: the words before do not bear on the name
            }

            string word = before[start..end].ToString().ToLowerInvariant();
            (last, beforeLast) = n == 0 ? (word, "") : (last, word);
            end = start;
        }

        return (last, beforeLast);
    }

    /// <summary>
    /// The word right after a mention (lower case), and whether it starts a longer name: capitalised
    /// and followed by another capitalised word ("Kowloon West District Council" is an organisation).
    /// </summary>
    private static (string Word, bool PartOfName) NextWord(ReadOnlySpan<char> after)
    {
        if (after.Length < 2 || after[0] != ' ')
        {
            return ("", false);
        }

        int end = 1;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }

        if (end == 1)
        {
            return ("", false);
        }

        bool partOfName = char.IsUpper(after[1]) && end + 1 < after.Length && after[end] == ' ' && char.IsUpper(after[end + 1]);
        return (after[1..end].ToString().ToLowerInvariant(), partOfName);
    }

    private static bool IsPossessive(ReadOnlySpan<char> after) =>
        after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("\u2019s ", StringComparison.Ordinal);

    /// <summary>
    /// After "X's ": a facility entity, or up to three capitalised words and a facility noun
    /// ("WoodSpring Suites hotel", "6th Avenue").
    /// </summary>
    private static bool FacilityFollows(string text, ImmutableArray<Entity> entities, MentionOrder order, EntityMention mention, int index)
    {
        int start = mention.End + 3;
        if (order.Next(mention, index) is { } next && next.Start == start && entities[next.Entity].Type == EntityType.Fac)
        {
            return true;
        }

        int at = start;
        for (int words = 0; words <= MaxFacilityNameWords && at < text.Length; words++)
        {
            int end = at;
            while (end < text.Length && end - at < 24 && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
            {
                end++;
            }

            if (end == at)
            {
                return false;
            }

            var word = text.AsSpan(at, end - at);
            if (words > 0 && char.IsLower(word[0]))
            {
                return PlaceWords.FacilityNouns.Contains(word.ToString());
            }

            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]))
            {
                return false;
            }

            if (end >= text.Length || text[end] != ' ')
            {
                return false;
            }

            at = end + 1;
        }

        return false;
    }

    /// <summary>
    /// ", Logar" right after the mention: a place entity after the comma that is not itself the
    /// start of a possessive ("Hamas, Gaza's rulers" is an apposition, not a container).
    /// </summary>
    private static bool PlaceAfterComma(string text, ImmutableArray<Entity> entities, MentionOrder order, EntityMention mention, int index)
    {
        if (order.Next(mention, index) is not { } next || next.Start > mention.End + 2 || entities[next.Entity].Type is not (EntityType.Gpe or EntityType.Loc))
        {
            return false;
        }

        var rest = text.AsSpan(next.End, Math.Min(3, text.Length - next.End));
        return !IsPossessive(rest) && !rest.StartsWith("'s", StringComparison.Ordinal) && !rest.StartsWith("\u2019s", StringComparison.Ordinal);
    }
}
