using Newsgraph.Corpus.Store;

namespace Newsgraph.Corpus.Tests.Store;

/// <summary>A store that counts the stored articles its writers read back (every row of
/// <see cref="ICorpusWriter.ArticlesAfter"/> and <see cref="ICorpusWriter.ClusteredArticlesAfter"/> and <see cref="ICorpusWriter.ClusteredMembersOf"/>),
/// to check that a run loads only what it needs. Not disposed with the inner store.</summary>
internal sealed class CountingStore(ICorpusStore inner) : ForwardingStore(inner)
{
    private long rowsRead;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> idsRead = new();

    /// <summary>The ids of the clustered articles read back (restored into the story clusterer).</summary>
    public IReadOnlyCollection<string> ClusteredIdsRead => idsRead;

    public long RowsRead => Interlocked.Read(ref rowsRead);

    public override ICorpusWriter BeginWrite() => new CountingWriter(base.BeginWrite(), this);

    private sealed class CountingWriter(ICorpusWriter writer, CountingStore owner) : ForwardingWriter(writer)
    {
        public override IReadOnlyList<KnownArticle> ArticlesAfter(long sequence)
        {
            var rows = base.ArticlesAfter(sequence);
            Interlocked.Add(ref owner.rowsRead, rows.Count);
            return rows;
        }

        public override IEnumerable<KnownArticle> ClusteredArticlesAfter(long sequence)
        {
            foreach (var known in base.ClusteredArticlesAfter(sequence))
            {
                Interlocked.Increment(ref owner.rowsRead);
                owner.idsRead.Enqueue(known.Id);
                yield return known;
            }
        }

        public override IEnumerable<KnownArticle> ClusteredMembersOf(IReadOnlyCollection<string> storyIds)
        {
            foreach (var known in base.ClusteredMembersOf(storyIds))
            {
                Interlocked.Increment(ref owner.rowsRead);
                owner.idsRead.Enqueue(known.Id);
                yield return known;
            }
        }
    }
}
