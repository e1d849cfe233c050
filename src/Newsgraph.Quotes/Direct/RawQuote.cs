namespace Newsgraph.Quotes.Direct;

/// <summary>
/// A quoted span found by pairing marks, before filtering and attribution: the content (marks
/// excluded), the marks' outer extent, and how it sits among paragraphs and other quotes.
/// </summary>
internal sealed record RawQuote
{
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Offset of the opening mark.</summary>
    public required int OpenMark { get; init; }

    /// <summary>Offset just past the closing mark, or <see cref="End"/> when the quote did not close in its paragraph.</summary>
    public required int CloseEnd { get; init; }

    public required int Paragraph { get; init; }

    /// <summary>True for a single-quoted span inside a double-quoted one.</summary>
    public bool Nested { get; init; }

    /// <summary>True when this quote's paragraph re-opens a quote left open by the paragraph before.</summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>True when the quote ran to its paragraph's end without a closing mark or a re-opening after it.</summary>
    public bool Unclosed { get; init; }
}
