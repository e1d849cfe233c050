namespace Newsgraph.Corpus.Sources.Web;

/// <summary>
/// Which page URLs earlier runs stored. Feeds, sitemaps and URL lists ask it before fetching a
/// page, so a re-run (or a resumed crawl) fetches only what is new: at one request per second per
/// host, re-fetching a stored site would cost as long as the first crawl. The listings themselves
/// are always fetched again (they change).
/// </summary>
public interface IStoredPages
{
    bool IsStored(Uri page);
}
