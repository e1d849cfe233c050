namespace Newsgraph.Benchmarks.AngleSharpAnchor;

/// <summary>
/// Maps positions in the trimmed HTML the parser sees back to the decoded source: the trimmed text
/// is the source with some ranges cut out, stored as the start of each kept run in both strings.
/// </summary>
internal sealed class SourceOffsets
{
    public static SourceOffsets Identity { get; } = new([0], [0]);

    private readonly int[] trimmedStarts;
    private readonly int[] sourceStarts;

    public SourceOffsets(int[] trimmedStarts, int[] sourceStarts)
    {
        this.trimmedStarts = trimmedStarts;
        this.sourceStarts = sourceStarts;
    }

    public bool IsIdentity => trimmedStarts.Length == 1 && sourceStarts[0] == 0;

    /// <summary>The source position of <paramref name="trimmed"/>; negative positions (none kept) pass through.</summary>
    public int ToSource(int trimmed)
    {
        if (trimmed < 0 || IsIdentity)
        {
            return trimmed;
        }

        int run = Array.BinarySearch(trimmedStarts, trimmed);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return sourceStarts[Math.Max(run, 0)] + (trimmed - trimmedStarts[Math.Max(run, 0)]);
    }
}
