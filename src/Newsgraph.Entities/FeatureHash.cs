namespace Newsgraph.Entities;

/// <summary>Allocation-free FNV-1a hashing of feature templates and their string or numeric parts, folded to 32 bits.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => (Offset ^ (ulong)(uint)template) * Prime;

    public static ulong Add(ulong hash, ulong value)
    {
        hash = (hash ^ (value & 0xFFFFFFFF)) * Prime;
        return (hash ^ (value >> 32)) * Prime;
    }

    public static ulong AddChars(ulong hash, ReadOnlySpan<char> text, bool lower)
    {
        foreach (char c in text)
        {
            hash = (hash ^ (lower ? char.ToLowerInvariant(c) : c)) * Prime;
        }

        return hash;
    }

    public static ulong OfLower(ReadOnlySpan<char> text) => AddChars(Offset, text, lower: true);

    public static uint Finish(ulong hash) => (uint)(hash ^ (hash >> 32));
}
