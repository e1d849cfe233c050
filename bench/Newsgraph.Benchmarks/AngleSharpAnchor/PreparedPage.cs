namespace Newsgraph.Benchmarks.AngleSharpAnchor;

/// <summary>
/// A page made ready for the parser by <see cref="PageTrimmer"/>: <see cref="Html"/> is the decoded
/// source without script and style bodies, comments and SVG internals, and with tags past the
/// depth limit blanked; <see cref="Offsets"/> maps its positions back to the source.
/// <see cref="JsonLd"/> holds the bodies of the page's JSON-LD scripts, taken before the cut.
/// </summary>
internal sealed record PreparedPage(string Html, SourceOffsets Offsets, IReadOnlyList<ReadOnlyMemory<char>> JsonLd, int BlankedTags);
