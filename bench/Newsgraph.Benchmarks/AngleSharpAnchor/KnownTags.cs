using System.Collections.Frozen;
using Newsgraph.Extraction;
using Newsgraph.Extraction.Html;

namespace Newsgraph.Benchmarks.AngleSharpAnchor;

/// <summary>Every tag name <see cref="NestingRules"/> mentions, looked up without allocating.</summary>
internal static class KnownTags
{
    private static readonly FrozenSet<string> Names = NestingRules.Void
        .Concat(NestingRules.RawText)
        .Concat(NestingRules.Merged)
        .Concat(NestingRules.ClosesParagraph)
        .Concat(NestingRules.ScopeBoundary)
        .Concat(NestingRules.ClosesSiblings.Keys)
        .Concat(NestingRules.ClosesSiblings.Values.SelectMany(v => v))
        .Concat(NestingRules.Foreign)
        .Concat(["plaintext", "caption", "p"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Span → the canonical (lower-case, interned) name.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
}
