namespace Newsgraph.Corpus.Store;

/// <summary>A story: its members (copies folded into their duplicate group) and how many
/// independent sources (distinct sites of members that are not copies) report it.</summary>
public sealed record StorySummary(
    string Id,
    string? Title,
    string? FirstPublished,
    string? LastPublished,
    int Articles,
    int IndependentSources,
    IReadOnlyList<string> MemberIds);

public sealed record StoryDetail(StorySummary Story, IReadOnlyList<StoryMember> Members, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>A member article of a story with the ids of its syndicated copies.</summary>
public sealed record StoryMember(StoredArticle Article, IReadOnlyList<string> CopyIds);

/// <summary>An event or claim of a story's articles, dated by its article.</summary>
public sealed record TimelineEntry(string? Published, string ArticleId, string Kind, string Label, string Text);

/// <summary>What the corpus knows of one entity across articles.</summary>
public sealed record EntityProfile(
    string Key,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    long Articles,
    IReadOnlyList<FacetCount> MentionsByMonth,
    IReadOnlyList<EntityQuote> Quotes,
    IReadOnlyList<EntityEvent> Events);

public sealed record EntityQuote(string ArticleId, string? Published, string Text);

public sealed record EntityEvent(string ArticleId, string? Published, string Type, string Role, string Sentence);
