using Newsgraph.Corpus.Sources.Web;

namespace Newsgraph.Corpus.Tests.Sources;

/// <summary>A clock whose pauses return at once and move its time forward: tests see what the
/// fetcher waited without waiting.</summary>
internal sealed class RecordingClock : IPauseClock
{
    private readonly object gate = new();
    private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Pauses { get; } = [];

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }
    }

    public Task PauseAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Pauses.Add(delay);
            now += delay;
        }

        return Task.CompletedTask;
    }
}
