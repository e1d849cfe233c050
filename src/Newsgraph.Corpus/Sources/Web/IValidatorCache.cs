using System.Collections.Concurrent;
using Newsgraph.Extraction.Fetching;

namespace Newsgraph.Corpus.Sources.Web;

/// <summary>
/// ETag / Last-Modified of URLs fetched before, for conditional GET. The in-memory cache serves
/// one run; the corpus store can implement this to carry validators across runs.
/// </summary>
public interface IValidatorCache
{
    FetchConditions? Get(Uri url);

    void Put(Uri url, FetchConditions validators);
}

/// <summary>Validators for the life of one process.</summary>
public sealed class InMemoryValidatorCache : IValidatorCache
{
    private readonly ConcurrentDictionary<string, FetchConditions> entries = new(StringComparer.Ordinal);

    public FetchConditions? Get(Uri url) => entries.TryGetValue(url.AbsoluteUri, out var v) ? v : null;

    public void Put(Uri url, FetchConditions validators) => entries[url.AbsoluteUri] = validators;
}
