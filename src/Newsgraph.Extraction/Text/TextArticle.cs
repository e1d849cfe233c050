using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Text;

/// <summary>A plain-text page segmented into its parts; body offsets map back to the input text.</summary>
internal sealed record TextArticle(
    string Body,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<SourceSegment> Segments,
    ArticleInfo Info,
    IReadOnlyList<ArticleImage> Images);
