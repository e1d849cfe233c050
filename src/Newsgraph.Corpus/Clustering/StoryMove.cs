namespace Newsgraph.Corpus.Clustering;

/// <summary>An article that re-clustering moved from one story id to another: what the store must
/// write so that its memberships equal the clusterer's.</summary>
public sealed record StoryMove(string ArticleId, string FromStoryId, string ToStoryId);
