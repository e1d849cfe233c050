using Newsgraph.Corpus.Sources;

namespace Newsgraph.Cli.Inputs;

/// <summary>
/// Turns <c>ingest</c> arguments into sources: JSONL files of extracted articles, and pages as files
/// and folders (grouped into one source so a folder is read in path order). Arguments of kinds this
/// build cannot read yet are returned as problems, not sources.
/// </summary>
internal static class IngestSourceResolver
{
    public static (IReadOnlyList<IIngestSource> Sources, IReadOnlyList<SourceProblem> Problems) Resolve(IEnumerable<string> arguments, long maxBytes)
    {
        var sources = new List<IIngestSource>();
        var problems = new List<SourceProblem>();
        var pages = new List<string>();
        foreach (string argument in arguments)
        {
            if (InputResolver.LooksLikeUrl(argument))
            {
                problems.Add(new SourceProblem(argument, "URLs, feeds and sitemaps are not supported by this build of ingest yet; save the pages to files or use analyze."));
            }
            else if (File.Exists(argument) && IsArchive(argument))
            {
                problems.Add(new SourceProblem(argument, "WARC archives are not supported by this build of ingest yet."));
            }
            else if (File.Exists(argument) && JsonlSource.Handles(argument))
            {
                Flush(pages, sources, maxBytes);
                sources.Add(new JsonlSource(argument));
            }
            else
            {
                pages.Add(argument);
            }
        }

        Flush(pages, sources, maxBytes);
        return (sources, problems);
    }

    private static bool IsArchive(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    private static void Flush(List<string> pages, List<IIngestSource> sources, long maxBytes)
    {
        if (pages.Count > 0)
        {
            sources.Add(new FileSource([.. pages], maxBytes));
            pages.Clear();
        }
    }
}
