using Newsgraph.Benchmarks.Scoring;
using Newsgraph.TestSupport;

namespace Newsgraph.Quality.Tests;

/// <summary>Runs extraction once over the pinned dev pages for every gate in the class.</summary>
public sealed class ExtractionDevSetFixture
{
    public ExtractionDevSetFixture()
    {
        if (RepoPaths.Shared is { } shared && ExtractionDevSet.Load(Path.Combine(shared, "bench", "extraction", "dev")) is { } set)
        {
            Evaluation = ExtractionEvaluation.Run(set);
        }
    }

    /// <summary>Null when ../shared is absent on this machine; the gates then pass with a note.</summary>
    public ExtractionEvaluation? Evaluation { get; }
}
