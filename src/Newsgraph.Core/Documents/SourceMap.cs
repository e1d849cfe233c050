namespace Newsgraph.Core.Documents;

/// <summary>One run of document text that came from one place in the decoded source.</summary>
/// <param name="TextStart">Offset of the run in <see cref="Document.Text"/>.</param>
/// <param name="Length">Length of the run in the document text.</param>
/// <param name="SourceStart">Offset (UTF-16 units of the decoded source) where the run's source node starts.</param>
public readonly record struct SourceSegment(int TextStart, int Length, int SourceStart);

/// <summary>
/// Maps offsets of the clean document text back to positions in the decoded source page, so a
/// span found by any stage can be shown in the original page. Segments are sorted by text offset
/// and do not overlap; text between segments (inserted separators) maps to nothing.
/// </summary>
public sealed class SourceMap
{
    public static SourceMap Identity(int length) => new([new SourceSegment(0, length, 0)], identity: true);

    public static SourceMap Empty { get; } = new([], identity: false);

    private readonly SourceSegment[] segments;

    public SourceMap(IEnumerable<SourceSegment> segments)
        : this(segments.OrderBy(s => s.TextStart).ToArray(), identity: false)
    {
    }

    private SourceMap(SourceSegment[] segments, bool identity)
    {
        this.segments = segments;
        IsIdentity = identity;
    }

    /// <summary>True when document text and source are the same string.</summary>
    public bool IsIdentity { get; }

    public IReadOnlyList<SourceSegment> Segments => segments;

    /// <summary>
    /// The source position of the node that produced <paramref name="textOffset"/>, or null when the
    /// offset falls in text that the extractor inserted (paragraph breaks).
    /// </summary>
    public int? ToSource(int textOffset)
    {
        int lo = 0, hi = segments.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = segments[mid];
            if (textOffset < s.TextStart)
            {
                hi = mid - 1;
            }
            else if (textOffset >= s.TextStart + s.Length)
            {
                lo = mid + 1;
            }
            else
            {
                return IsIdentity ? s.SourceStart + (textOffset - s.TextStart) : s.SourceStart;
            }
        }

        return null;
    }
}
