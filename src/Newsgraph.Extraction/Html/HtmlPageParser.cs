using Newsgraph.Core.Input;
using Newsgraph.Extraction.Html.Dom;

namespace Newsgraph.Extraction.Html;

/// <summary>
/// Parses a decoded page into the light tree extraction reads (see <see cref="HtmlTreeBuilder"/> and
/// docs/decisions/0002-own-html-tree-builder.md). Not thread-safe: use one per thread.
/// </summary>
internal sealed class HtmlPageParser(int maxDepth)
{
    private readonly HtmlTreeBuilder builder = new();

    public HtmlPageParser()
        : this(InputLimits.Default.MaxDepth)
    {
    }

    public HtmlTree Parse(string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return builder.Build(html, maxDepth, cancellationToken);
    }
}
