using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Places.Resolution;

/// <summary>
/// "Sarkh, Logar" where the tagger took no entity after the comma: up to three capitalised words
/// right after ", " that name an admin-1 region or a country in the gazetteer (their own name, not an
/// other-language spelling). Regions and countries only: a city after a comma is as often the next
/// item of a list ("Kabul, Herat and Kandahar") as a container.
/// </summary>
internal static class CommaRegion
{
    private const int MaxWords = 3;

    /// <summary>Longest stretch read after the comma: the cost per mention is fixed.</summary>
    private const int MaxChars = 40;

    public static GazetteerEntry? After(string text, int end, PlaceGazetteer gazetteer)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ' || !char.IsUpper(text[end + 2]))
        {
            return null;
        }

        int start = end + 2;
        int at = start;
        GazetteerEntry? best = null;
        for (int words = 0; words < MaxWords && at < text.Length && at - start < MaxChars && char.IsUpper(text[at]); words++)
        {
            int wordEnd = at;
            while (wordEnd < text.Length && wordEnd - start < MaxChars && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            // The longest run of words that names a region wins ("Logar", "Nangarhar Province").
            foreach (var hit in LookupRegion(PlaceNameKey.Of(text.AsSpan(start, wordEnd - start)), gazetteer))
            {
                if (best is null || hit.Population > best.Population)
                {
                    best = hit;
                }
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            at = wordEnd + 1;
        }

        return best;
    }

    private static IEnumerable<GazetteerEntry> LookupRegion(string key, PlaceGazetteer gazetteer)
    {
        var hits = gazetteer.Lookup(key);
        int space = key.LastIndexOf(' ');
        if (hits.Count == 0 && space > 0 && PlaceWords.RegionHeads.Contains(key[(space + 1)..]))
        {
            hits = gazetteer.Lookup(key[..space]);
        }

        foreach (var hit in hits)
        {
            if (!hit.Alternate && hit.Entry.Kind is PlaceKind.Admin1 or PlaceKind.Country)
            {
                yield return hit.Entry;
            }
        }
    }
}
