namespace Newsgraph.Corpus.Store.Sqlite;

/// <summary>
/// Bounds that keep a search's cost flat as the corpus grows (a common word matches a large share
/// of a million articles).
/// </summary>
/// <param name="RankWindow">Matches a text search ranks by BM25: the newest this many (after
/// filters). BM25 costs a document-length lookup per ranked match (~2 µs CPU each, measured on the
/// 86k-article bench corpus: 23 ms for a word with 11,910 matches), so ranking every match of a
/// common word in a million articles would cost far more than the 50 ms budget; the newest 5,000
/// (10 ms) are what a news search is after. Counting all matches stays exact (no score needed:
/// under 1 ms for 11,910).</param>
/// <param name="FacetWindow">Best-ranked matches the facets are counted over. Facets over every
/// match grow with the corpus; over the best 500 they describe what the user is looking at and
/// cost the same at any size (the three facets cost ~17 ms CPU over 1,000 hits, measured).</param>
/// <param name="FilteredCountCap">Matches counted exactly when filters apply (each match then costs
/// a lookup of its article row); beyond this the total is reported as a lower bound.</param>
/// <param name="CommonValueRows">Rows above which a knowledge filter's value is probed per candidate
/// (EXISTS) instead of listed (IN); see <see cref="SearchFilters"/>.</param>
internal sealed record SearchLimits(int RankWindow, int FacetWindow, int FilteredCountCap, int CommonValueRows = SearchFilters.CommonValueRows)
{
    public static SearchLimits Default { get; } = new(5_000, 500, 10_000);
}
