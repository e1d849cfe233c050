namespace Newsgraph.Corpus.Sources.Web;

/// <summary>The time source the polite fetcher waits on; tests substitute one that only records
/// the waits, so no test sleeps.</summary>
public interface IPauseClock
{
    DateTimeOffset UtcNow { get; }

    Task PauseAsync(TimeSpan delay, CancellationToken cancellationToken);
}

/// <summary>Real time.</summary>
public sealed class SystemPauseClock : IPauseClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public Task PauseAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, cancellationToken) : Task.CompletedTask;
}
