namespace Newsgraph.Entities;

/// <summary>Adds the weight rows of hashed features to per-label scores: the loaded model at tagging time, the live weights in training.</summary>
internal interface IRowScorer
{
    void AddScores(ReadOnlySpan<uint> features, Span<float> scores);
}
