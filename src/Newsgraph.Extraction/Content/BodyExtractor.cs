using Newsgraph.Extraction.Html.Dom;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Content;

/// <summary>
/// Finds the article body in a parsed page: indexes the page once (<see cref="PageIndex"/>),
/// chooses the container through a cascade of strategies (<see cref="ContainerSelector"/>) and
/// writes its cleaned blocks (<see cref="BlockWriter"/>). Not thread-safe: it reuses its buffers.
/// </summary>
internal sealed class BodyExtractor
{
    private readonly PageIndex index = new();
    private readonly ClassHints hints = new();
    private readonly ContainerSelector selector = new();
    private readonly LinkScope links = new();
    private readonly BlockWriter writer;
    private readonly int maxDepth;

    public BodyExtractor(InputLimits? limits = null)
    {
        maxDepth = (limits ?? InputLimits.Default).MaxDepth;
        writer = new BlockWriter(new BodyCleaner(hints, links), links);
    }

    public BodyResult Extract(HtmlTree dom, CancellationToken cancellationToken, string? pageUrl = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var root = dom.Body;
        try
        {
            index.Build(root, maxDepth, cancellationToken);
            var choice = selector.Choose(index, hints);
            if (choice.Roots.Count == 0)
            {
                return BodyResult.Empty(choice.Strategy);
            }

            var builder = new ArticleTextBuilder();
            Uri? pageUri = pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var u) ? u : null;
            links.Begin(pageUri);
            writer.Write(builder, index, choice.Roots, pageUri, cancellationToken);
            var container = index[choice.Roots[0]].Element;
            return new BodyResult(builder.Text, builder.Blocks, builder.Links, builder.Segments, container, choice.Strategy);
        }
        finally
        {
            index.Release();
        }
    }
}
