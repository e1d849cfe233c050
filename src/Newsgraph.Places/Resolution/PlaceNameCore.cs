using Newsgraph.Places.Gazetteer;

namespace Newsgraph.Places.Resolution;

/// <summary>
/// The place name inside an entity name the tagger glued a descriptor to: "8-year-old Fort Worth"
/// (from "a 8-year-old Fort Worth girl"), "suburban Forest Hill". Only leading
/// words that cannot start a proper name are cut — ones with no capital letter (an age, an ordinal,
/// a lower-case adjective) — so "Paris Hilton" or "Jack London" keep their first word, and a name
/// is never cut down to a suffix of capitalised words. Used only when the whole name is no
/// gazetteer entry: "east Jerusalem" stays whole where the gazetteer has it.
/// </summary>
internal static class PlaceNameCore
{
    /// <summary>
    /// The name without its leading lower-case words, in lookup form; null when nothing is cut or
    /// nothing capitalised is left.
    /// </summary>
    public static string? Of(string name)
    {
        int at = 0;
        while (at < name.Length)
        {
            while (at < name.Length && name[at] == ' ')
            {
                at++;
            }

            int end = at;
            while (end < name.Length && name[end] != ' ')
            {
                end++;
            }

            if (end == at || HasCapital(name.AsSpan(at, end - at)))
            {
                break;
            }

            at = end;
        }

        if (at == 0 || at >= name.Length)
        {
            return null;
        }

        string core = PlaceNameKey.Of(name.AsSpan(at));
        return core.Length == 0 ? null : core;
    }

    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
