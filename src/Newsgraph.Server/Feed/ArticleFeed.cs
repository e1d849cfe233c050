using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Newsgraph.Server.Api;

namespace Newsgraph.Server.Feed;

/// <summary>
/// Watches the corpus for newly committed articles (by this server or any ingest process) and fans
/// them out to the stream's subscribers. It polls the cheap article count and, only when it moved,
/// asks the store for the articles committed since the last one seen. Subscribers are capped; each
/// has a small bounded queue that drops the oldest notice when a client reads too slowly, so a
/// stalled client costs a fixed amount of memory.
/// </summary>
public sealed class ArticleFeed(CorpusAccess corpus, ServerOptions options) : BackgroundService
{
    /// <summary>Notices queued per client before the oldest is dropped.</summary>
    private const int QueuePerClient = 64;

    private readonly ConcurrentDictionary<long, Channel<ArticleNotice>> subscribers = new();
    private long nextId;
    private int count;

    public int Subscribers => Volatile.Read(ref count);

    /// <summary>Changes whenever the feed sees the article count move: cached search answers are
    /// keyed by it, so they are at most one poll interval stale.</summary>
    public long CorpusVersion => Interlocked.Read(ref corpusVersion);

    private long corpusVersion;

    /// <summary>A new subscription, or null when the cap is reached.</summary>
    public Subscription? TrySubscribe()
    {
        if (Interlocked.Increment(ref count) > options.MaxStreamClients)
        {
            Interlocked.Decrement(ref count);
            return null;
        }

        long id = Interlocked.Increment(ref nextId);
        var channel = Channel.CreateBounded<ArticleNotice>(new BoundedChannelOptions(QueuePerClient) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        subscribers[id] = channel;
        return new Subscription(this, id, channel.Reader);
    }

    /// <summary>Sends a notice to every subscriber (also used for articles this server stored).</summary>
    public void Publish(ArticleNotice notice)
    {
        foreach (var channel in subscribers.Values)
        {
            channel.Writer.TryWrite(notice);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long lastCount = -1;
        long lastSequence = -1;
        using var timer = new PeriodicTimer(options.StreamPollInterval);
        do
        {
            try
            {
                var counts = corpus.Writer.Counts();
                if (lastSequence < 0)
                {
                    // rows are never deleted, so the row count is the highest sequence number: start
                    // there instead of reading the whole corpus back
                    lastSequence = counts.Articles;
                }
                else if (counts.Articles != lastCount && !subscribers.IsEmpty)
                {
                    lastSequence = PublishAfter(lastSequence);
                }
                else if (counts.Articles != lastCount)
                {
                    lastSequence = counts.Articles;
                }

                if (counts.Articles != lastCount)
                {
                    Interlocked.Increment(ref corpusVersion);
                }

                lastCount = counts.Articles;
            }
            catch (Corpus.Store.CorpusStoreException)
            {
                // the database is busy or being migrated by another process: try again next tick
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private long PublishAfter(long sequence)
    {
        corpus.WriteLock.Wait();
        try
        {
            return PublishAfterLocked(sequence);
        }
        finally
        {
            corpus.WriteLock.Release();
        }
    }

    private long PublishAfterLocked(long sequence)
    {
        using var writer = corpus.Writer.BeginWrite();
        foreach (var article in writer.ArticlesAfter(sequence))
        {
            Publish(new ArticleNotice(article.Id, article.Title, article.Published, article.StoryId));
            sequence = Math.Max(sequence, article.Sequence);
        }

        return sequence; // disposing the writer without commit rolls back: nothing is written
    }

    private void Unsubscribe(long id)
    {
        if (subscribers.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
            Interlocked.Decrement(ref count);
        }
    }

    public sealed class Subscription(ArticleFeed feed, long id, ChannelReader<ArticleNotice> reader) : IDisposable
    {
        public ChannelReader<ArticleNotice> Reader => reader;

        public void Dispose() => feed.Unsubscribe(id);
    }
}
