using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Metadata;

/// <summary>Metadata resolved for one page, with the article's images.</summary>
internal sealed record PageMetadata(
    ArticleInfo Info,
    IReadOnlyList<ArticleImage> Images,
    IReadOnlyList<Diagnostic> Diagnostics);
