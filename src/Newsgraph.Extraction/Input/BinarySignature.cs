namespace Newsgraph.Extraction.Input;

/// <summary>
/// A magic-number pattern at the start of a file, written as hex bytes where "??" matches any byte
/// (e.g. <c>"52 49 46 46 ?? ?? ?? ?? 57 45 42 50"</c> for RIFF/WebP), and what such a file is.
/// </summary>
internal sealed record BinarySignature
{
    private readonly short[] pattern;

    public BinarySignature(string hexPattern, string description)
    {
        pattern = hexPattern
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(h => h == "??" ? (short)-1 : Convert.ToInt16(h, 16))
            .ToArray();
        Description = description;
    }

    /// <summary>What the file is, phrased to follow "input looks like …".</summary>
    public string Description { get; }

    public bool Matches(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < pattern.Length)
        {
            return false;
        }

        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] >= 0 && bytes[i] != pattern[i])
            {
                return false;
            }
        }

        return true;
    }
}
