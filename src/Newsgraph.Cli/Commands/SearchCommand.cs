using System.CommandLine;
using System.Globalization;
using Newsgraph.Cli.Output;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph search</c>: full-text search of the corpus with filters and facets.</summary>
internal static class SearchCommand
{
    private const int DefaultLimit = 20;

    public static Command Create()
    {
        var text = new Argument<string?>("query")
        {
            Description = "Words and \"quoted phrases\" that must all occur (OR between two terms allows either); ranked by BM25. May be empty when filters are given.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var filters = new SearchFilterOptions();
        var format = CorpusOptions.Format("json", "text");
        var limit = new Option<int?>("--limit", "-n") { Description = "Hits per page (default 20)." };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)." };
        var db = CorpusDatabase.Option();
        var command = new Command("search", "Search the corpus: full text ranked by BM25, filtered by entity, site, dates, event type, quote speaker, claim status.")
        {
            text, format, limit, offset, db,
        };
        filters.AddTo(command);
        command.Validators.Add(result =>
        {
            filters.Validate(result);
            if (result.GetValue(limit) is < 1 or > 10_000)
            {
                result.AddError("--limit must be between 1 and 10000.");
            }

            if (result.GetValue(offset) < 0)
            {
                result.AddError("--offset must not be negative.");
            }
        });
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            using var store = CorpusDatabase.Open(parse.GetValue(db)!, readOnly: true, parse.InvocationConfiguration.Error);
            if (store is null)
            {
                return ExitCodes.StoreFailed;
            }

            var query = filters.Read(parse, parse.GetValue(text)) with { Limit = parse.GetValue(limit) ?? DefaultLimit, Offset = parse.GetValue(offset) };
            var results = store.Search(query);
            if (CorpusOptions.WantsJson(parse.GetValue(format)))
            {
                stdout.WriteLine(CorpusJson.Serialize(results));
            }
            else
            {
                WriteText(results, query, stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(SearchResults results, SearchQuery query, TextWriter stdout)
    {
        stdout.WriteLine(results.Total == 1 ? "1 match" : $"{results.Total.ToString("N0", CultureInfo.InvariantCulture)} matches");
        int n = query.Offset;
        foreach (var hit in results.Hits)
        {
            stdout.WriteLine();
            stdout.WriteLine($"{++n,3}. {hit.Title ?? "(untitled)"}");
            stdout.WriteLine($"     {string.Join(" · ", new[] { hit.Site, hit.Published, hit.Id, hit.StoryId }.Where(s => !string.IsNullOrEmpty(s)))}");
            if (hit.Url is not null)
            {
                stdout.WriteLine($"     {hit.Url}");
            }

            if (hit.Snippet.Length > 0)
            {
                stdout.WriteLine($"     {hit.Snippet.ReplaceLineEndings(" ")}");
            }
        }

        WriteFacet(stdout, "sites", results.Facets.Sites);
        WriteFacet(stdout, "entities", results.Facets.Entities);
        WriteFacet(stdout, "event types", results.Facets.EventTypes);
    }

    private static void WriteFacet(TextWriter stdout, string name, IReadOnlyList<FacetCount> counts)
    {
        if (counts.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"{name}: {string.Join(", ", counts.Select(c => $"{c.Value} ({c.Count})"))}");
        }
    }
}
