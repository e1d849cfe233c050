using System.Collections.Frozen;
using Newsgraph.Core.Documents;
using Newsgraph.Time.Lexicon;

namespace Newsgraph.Time.Recognition;

/// <summary>
/// The words a time expression can start with, gathered from every pattern's tables: one look-up
/// per token lets the recogniser skip the words that start nothing (most of them) without trying
/// each pattern family.
/// </summary>
internal static class Starters
{
    private static readonly FrozenSet<string> Words = MonthNames.ByName.Keys
        .Concat(WeekdayNames.Full.Keys).Concat(WeekdayNames.Short.Keys)
        .Concat(RelativeWords.DayWords.Keys).Concat(RelativeWords.Deictic.Keys)
        .Concat(NumberWords.Cardinals.Keys).Concat(NumberWords.Ordinals.Keys)
        .Concat(Seasons.Codes.Keys).Concat(Modifiers.Single)
        .Concat(["the", "that", "earlier", "later", "late", "noon", "midday", "midnight", "q1", "q2", "q3", "q4"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool CanStart(TokenView v, int i)
    {
        var kind = v.Kind(i);
        if (kind == TokenKind.Number)
        {
            return true;
        }

        if (kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        var word = v.At(i);
        return Lookup.Contains(TokenView.TrimPeriod(word)) || word.Contains('-');
    }
}
