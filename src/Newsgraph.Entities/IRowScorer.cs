namespace Newsgraph.Entities;

/// <summary>Adds the weight rows of hashed features to per-label scores: the loaded model at tagging time, the live weights in training.</summary>
internal interface IRowScorer
{
    /// <summary>Labels scored: <see cref="BilouLabels.Count"/>, or <see cref="BilouLabels.TaggerCount"/> with the MISC kind.</summary>
    int Labels { get; }

    /// <summary>Adds the rows to <paramref name="scores"/>, which holds at least <see cref="BilouLabels.TaggerCount"/> floats.</summary>
    void AddScores(ReadOnlySpan<uint> features, Span<float> scores);
}
