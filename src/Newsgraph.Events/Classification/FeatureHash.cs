namespace Newsgraph.Events.Classification;

/// <summary>
/// FNV-1a over a template number and lower-cased characters, folded to 32 bits. Deterministic
/// across processes (string.GetHashCode is randomised), so a trained model stays valid.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => (Offset ^ (ulong)(uint)template) * Prime;

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return (hash ^ 0x1F) * Prime;
    }

    public static ulong Add(ulong hash, int value) => (hash ^ (uint)value) * Prime;

    public static uint Finish(ulong hash) => (uint)(hash ^ (hash >> 32));
}
