namespace Newsgraph.Extraction.Content;

/// <summary>The body's root elements (indices into the <see cref="PageIndex"/>, document order) and the strategy that found them.</summary>
internal sealed record ContainerChoice(IReadOnlyList<int> Roots, string Strategy)
{
    public const string KnownContainer = "known-container";
    public const string Scored = "scored";
    public const string None = "none";
}
