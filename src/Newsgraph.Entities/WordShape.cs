namespace Newsgraph.Entities;

/// <summary>Collapsed word shapes ("Kirby" → Xx, "U.S." → X.X., "2023" → d) hashed without allocating.</summary>
internal static class WordShape
{
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong hash = FeatureHash.Start(-1);
        char last = '\0';
        foreach (char c in word)
        {
            char mapped = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (mapped != last)
            {
                hash = FeatureHash.Add(hash, mapped);
                last = mapped;
            }
        }

        return hash;
    }

    public static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
