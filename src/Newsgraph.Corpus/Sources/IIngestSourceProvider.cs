namespace Newsgraph.Corpus.Sources;

/// <summary>
/// Makes a source for the command-line arguments it recognises (a folder, a JSONL file, …), or
/// returns null to let the next provider try. <see cref="IngestSourceFactory"/> asks its providers
/// in order after its own WARC, feed, sitemap, URL-list and URL checks.
/// </summary>
public interface IIngestSourceProvider
{
    IIngestSource? TryCreate(string argument);
}
