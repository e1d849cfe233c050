namespace Newsgraph.Corpus.Clustering;

/// <summary>What the clusterer keeps of an article: its words, entity keys and publication day.</summary>
internal sealed record ArticleFeatures(string Id, SparseTerms Words, SparseTerms Entities, int? Day);
