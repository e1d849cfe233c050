namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Bounds that keep a search's cost flat as the corpus grows (a common word matches a large share
/// of a million articles).
/// </summary>
/// <param name="RankWindow">Matches a text search ranks by BM25: the newest this many (after
/// filters). BM25 costs a document-length lookup per ranked match, so ranking every match of a
/// common word in a million articles costs ~100 ms; the newest 20,000 are what a news search is
/// after. Counting all matches stays exact (counting needs no score).</param>
/// <param name="FacetWindow">Best-ranked matches the facets are counted over. Facets over every
/// match grow with the corpus; over the best 1,000 they describe what the user is looking at and
/// cost the same at any size.</param>
/// <param name="FilteredCountCap">Matches counted exactly when filters apply (each match then costs
/// a lookup of its article row); beyond this the total is reported as a lower bound.</param>
internal sealed record SearchLimits(int RankWindow, int FacetWindow, int FilteredCountCap)
{
    public static SearchLimits Default { get; } = new(20_000, 1_000, 10_000);
}
