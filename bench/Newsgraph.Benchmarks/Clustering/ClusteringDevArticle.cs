namespace Newsgraph.Benchmarks.Clustering;

/// <summary>One line of shared/bench/clustering/dev/ecbplus.jsonl.</summary>
internal sealed record ClusteringDevArticle(string Id, string Cluster, string Topic, string? Title, string Text, DateTimeOffset? Published);
