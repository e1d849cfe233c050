using Newsgraph.Core.Documents;

namespace Newsgraph.Language.Sentences;

/// <summary>
/// Answers "are these two offsets in different body blocks?" for offsets visited in increasing
/// order, walking the sorted blocks once. Offsets outside every block count as one gap between blocks.
/// </summary>
internal struct BlockIndex
{
    private readonly Block[] blocks;
    private int current;

    public BlockIndex(IReadOnlyList<Block>? blocks)
    {
        this.blocks = blocks is null || blocks.Count == 0
            ? []
            : [.. blocks.OrderBy(b => b.Start)];
        current = 0;
    }

    /// <summary>True when <paramref name="previous"/> and <paramref name="next"/> (next ≥ previous) fall in different blocks.</summary>
    public bool Differs(int previous, int next)
    {
        if (blocks.Length == 0)
        {
            return false;
        }

        int a = Find(previous);
        int b = Find(next);
        return a != b;
    }

    /// <summary>Index of the block holding <paramref name="offset"/>, or -1 - (index of the next block) when it is in a gap.</summary>
    private int Find(int offset)
    {
        while (current < blocks.Length && blocks[current].End <= offset)
        {
            current++;
        }

        return current < blocks.Length && blocks[current].Start <= offset ? current : -1 - current;
    }
}
