namespace Newsgraph.Core.Documents;

/// <summary>Kinds of body block, as the report names them.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Blockquote,
    Table,
    Preformatted,
}

public sealed record Block(BlockKind Kind, int Start, int End);

public sealed record Link(int Start, int End, string Href);

public sealed record ArticleImage(string? Url, string? Caption, string? Credit, string? Alt);

/// <summary>A credited person. Organisation credits ("Reuters", "Staff") are kept apart in <see cref="ArticleInfo.AuthorOrgs"/>.</summary>
public sealed record Author(string Name, string? Bio);

/// <summary>The article's metadata as a reader would resolve it.</summary>
public sealed record ArticleInfo
{
    public string? Title { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Organisations credited instead of (or besides) people: agencies, "Staff", desks.</summary>
    public IReadOnlyList<string> AuthorOrgs { get; init; } = [];

    /// <summary>ISO 8601 date (yyyy-MM-dd) or date-time with offset, in the publication's local time.</summary>
    public string? Published { get; init; }

    public string? Modified { get; init; }

    public string? Site { get; init; }

    public IReadOnlyList<string> Section { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Primary language subtag ("en", "de", "ja").</summary>
    public string? Language { get; init; }

    public string? CanonicalUrl { get; init; }
}
