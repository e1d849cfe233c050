namespace Newsgraph.Extraction.Metadata;

/// <summary>One JSON-LD node's article fields.</summary>
internal sealed class JsonLdNode
{
    public List<string> Headlines { get; } = [];

    public List<JsonLdAuthor> Authors { get; } = [];

    public List<string> Published { get; } = [];

    public List<string> Modified { get; } = [];

    public List<string> Publishers { get; } = [];

    public List<string> Sections { get; } = [];

    public List<string> Keywords { get; } = [];

    public string? Url { get; set; }
}
