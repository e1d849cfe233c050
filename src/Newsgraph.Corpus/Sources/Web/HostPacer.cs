using System.Collections.Concurrent;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>
/// One request at a time per host, and at least a given delay between the end of one request and
/// the start of the next. Hosts are independent: a slow site does not hold up another.
/// </summary>
internal sealed class HostPacer(IPauseClock clock)
{
    private readonly IPauseClock clock = clock;
    private readonly ConcurrentDictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the result when the request is done.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string host, TimeSpan delay, CancellationToken cancellationToken)
    {
        var slot = slots.GetOrAdd(host, _ => new Slot());
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = slot.NextAt - clock.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await clock.PauseAsync(wait, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }

        return new Turn(this, slot, delay);
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextAt { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(HostPacer pacer, Slot slot, TimeSpan delay) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            slot.NextAt = pacer.clock.UtcNow + delay;
            slot.Gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
