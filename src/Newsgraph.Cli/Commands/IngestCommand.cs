using System.CommandLine;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph ingest</c>: reads pages from files, archives, feeds, sitemaps and URLs, analyses and stores them.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "What to store, recognised by content: page files (.html, .htm, .txt, or .gz of those), folders (searched recursively), "
                + "http(s) URLs of pages, feeds (RSS, Atom, JSON Feed) or sitemaps (and sitemap indexes), feed or sitemap files, WARC / WARC.gz archives, "
                + "text files of URLs (one a line), and .jsonl files of extracted articles (id, title, text, published, source, url).",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CorpusDatabase.Option();
        var pages = new PageInputOptions();
        var refetch = new Option<bool>("--refetch")
        {
            Description = "Fetch listed pages again even when an earlier run stored them (a changed page becomes a new revision). By default a re-run fetches only new pages.",
        };
        var printIds = new Option<bool>("--print-ids")
        {
            Description = "Print 'stored <id>' on standard output for every article, once its batch is committed (an id printed is on disk).",
        };
        var maxDbBytes = new Option<long?>("--max-db-bytes")
        {
            Description = "Cap the database file at this many bytes: ingest stops (exit code 3) as on a full disk when a batch would pass it; what was committed stays.",
        };
        var bulk = new Option<bool>("--bulk")
        {
            Description = "Bulk load: build the search-only indexes and write the near-duplicate index at the end of the run instead of row by row, "
                + "and commit 2,048 articles at a time instead of 256 (faster for a large import; searches meanwhile are slow). A run killed before its end is completed when the corpus is next opened for writing.",
        };
        var command = new Command("ingest", "Analyse pages and store them in the corpus: duplicates folded, stories assigned, searchable. Re-running skips what is stored.")
        {
            inputs, db, refetch, printIds, maxDbBytes, bulk,
        };
        pages.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(maxDbBytes) is <= 0)
            {
                result.AddError("--max-db-bytes must be a positive number of bytes.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new IngestSettings(
                parse.GetValue(inputs) ?? [], parse.GetValue(db)!, pages.Limits(parse), pages.Threads(parse), pages.AllowPrivate(parse),
                Refetch: parse.GetValue(refetch), PrintIds: parse.GetValue(printIds), MaxDbBytes: parse.GetValue(maxDbBytes), Bulk: parse.GetValue(bulk));
            return new IngestCommandRunner(settings, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).RunAsync(cancellationToken);
        });
        return command;
    }
}
