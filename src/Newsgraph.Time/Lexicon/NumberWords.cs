using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Counts and ordinals as words, for "two weeks ago", "the third quarter", "May 1st".</summary>
internal static class NumberWords
{
    /// <summary>Cardinals; "a"/"an" count one ("a month earlier"). Vague counts ("a few", "several") are absent on purpose: no fixed value.</summary>
    public static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinals for quarters and halves ("the final quarter" is the fourth).</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3,
        ["fourth"] = 4, ["4th"] = 4, ["final"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads "3", "12", "a", "two" as a count of 1..100, or returns false.</summary>
    public static bool TryCount(ReadOnlySpan<char> word, out int count)
    {
        if (word.Length is > 0 and <= 3 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count))
        {
            return count is > 0 and <= 100;
        }

        var lookup = Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out count);
    }
}
