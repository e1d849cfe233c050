using System.Collections.Concurrent;

namespace Newsgraph.Server.Api;

/// <summary>
/// Serialised search answers by query string and corpus version. Popular queries repeat and facet
/// counting over every match is the costly part of a search; an answer is reused until the corpus
/// changes (seen by the article feed's poll, so at most one poll interval stale).
/// </summary>
public sealed class SearchCache
{
    /// <summary>Answers kept; the whole cache is dropped when full (cheap, and bounds memory to a
    /// few MB of JSON).</summary>
    private const int MaxEntries = 2000;

    private readonly ConcurrentDictionary<(long Version, string Query), byte[]> entries = new();

    public byte[] GetOrAdd(long version, string query, Func<byte[]> answer)
    {
        if (entries.TryGetValue((version, query), out var body))
        {
            return body;
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        body = answer();
        entries[(version, query)] = body;
        return body;
    }
}
