using System.Text;
using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction;

/// <summary>
/// Assembles body text block by block: blocks are separated by a blank line ("\n\n"), each block's
/// span, its links and its source position are recorded as it is appended, so offsets are exact by
/// construction.
/// </summary>
internal sealed class ArticleTextBuilder
{
    private const string BlockSeparator = "\n\n";

    private readonly StringBuilder text = new();
    private readonly List<Block> blocks = [];
    private readonly List<Link> links = [];
    private readonly List<SourceSegment> segments = [];

    public int Length => text.Length;

    public int BlockCount => blocks.Count;

    /// <summary>
    /// Appends one block. <paramref name="blockLinks"/> are offsets relative to <paramref name="blockText"/>.
    /// Empty or whitespace-only blocks are skipped. Returns the block's span, or null when skipped.
    /// </summary>
    public TextSpan? AppendBlock(BlockKind kind, string blockText, int sourceStart, IEnumerable<Link>? blockLinks = null)
    {
        if (string.IsNullOrWhiteSpace(blockText))
        {
            return null;
        }

        if (text.Length > 0)
        {
            text.Append(BlockSeparator);
        }

        int start = text.Length;
        text.Append(blockText);
        int end = text.Length;
        blocks.Add(new Block(kind, start, end));
        segments.Add(new SourceSegment(start, end - start, sourceStart));
        if (blockLinks is not null)
        {
            foreach (var link in blockLinks)
            {
                if (link.Start >= 0 && link.End <= blockText.Length && link.End > link.Start)
                {
                    links.Add(link with { Start = link.Start + start, End = link.End + start });
                }
            }
        }

        return new TextSpan(start, end);
    }

    public string Text => text.ToString();

    public IReadOnlyList<Block> Blocks => blocks;

    public IReadOnlyList<Link> Links => links;

    public IReadOnlyList<SourceSegment> Segments => segments;
}
