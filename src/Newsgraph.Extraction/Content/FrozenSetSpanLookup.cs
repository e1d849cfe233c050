using System.Collections.Frozen;

namespace Newsgraph.Extraction.Content;

/// <summary>Looks up spans in a string set without allocating a string per probe.</summary>
internal sealed class FrozenSetSpanLookup(FrozenSet<string> set)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> value) => lookup.Contains(value);
}
