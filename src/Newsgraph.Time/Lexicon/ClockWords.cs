using System.Collections.Frozen;

namespace Newsgraph.Time.Lexicon;

/// <summary>Words around clock times: meridiem marks and time zones.</summary>
internal static class ClockWords
{
    public static readonly FrozenSet<string> Am = new[] { "a.m.", "a.m", "am" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Pm = new[] { "p.m.", "p.m", "pm" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Zones that make a time UTC ("16:08 UTC" → "…T16:08Z").</summary>
    public static readonly FrozenSet<string> Utc = new[] { "utc", "gmt", "z" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Local zones: part of the expression, but the value stays local (no offset is guessed).</summary>
    public static readonly FrozenSet<string> Local =
        new[] { "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest", "ist", "jst", "aest", "aedt", "hkt", "sgt", "msk" }
            .ToFrozenSet(StringComparer.Ordinal);
}
