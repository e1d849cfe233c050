namespace Newsgraph.Corpus.Store;

/// <summary>The store cannot be used: not a database, a newer schema, read-only, disk full. The
/// message says what to do; the CLI prints it as is.</summary>
public sealed class CorpusStoreException : Exception
{
    public CorpusStoreException(string message)
        : base(message)
    {
    }

    public CorpusStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CorpusStoreException()
    {
    }
}
