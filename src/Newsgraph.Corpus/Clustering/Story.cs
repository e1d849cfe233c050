namespace Newsgraph.Corpus.Clustering;

/// <summary>A story as the clusterer sees it now: its id and member article ids in the order added.</summary>
public sealed record Story(string Id, IReadOnlyList<string> MemberIds);
