using System.CommandLine;
using System.Globalization;
using System.Text;
using Newsgraph.Cli.Output;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph export</c>: the corpus (or a search's matches) as JSONL or CSV, or its
/// events as a GDELT 2.0-style TSV or PLOVER JSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (one article a line, readable back by ingest), csv (metadata, no text), "
                + "gdelt-tsv (one event a row, GDELT 2.0 event-table columns) or plover-json (one PLOVER event record a line).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gdelt-tsv", "plover-json");
        var query = new Option<string?>("--query", "-q") { Description = "Only articles matching this full-text query." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var filters = new SearchFilterOptions();
        var db = CorpusDatabase.Option();
        var command = new Command("export", "Export the latest revision of every article, or their events (or only those of the matches of --query and filters).")
        {
            format, query, output, db,
        };
        filters.AddTo(command);
        command.Validators.Add(filters.Validate);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = CorpusDatabase.Open(parse.GetValue(db)!, readOnly: true, parse.InvocationConfiguration.Error);
            if (store is null)
            {
                return ExitCodes.StoreFailed;
            }

            var search = filters.Read(parse, parse.GetValue(query));
            TextWriter writer = parse.InvocationConfiguration.Output;
            StreamWriter? file = null;
            if (parse.GetValue(output) is { } path)
            {
                file = new StreamWriter(path.FullName, append: false, new UTF8Encoding(false));
                writer = file;
            }

            try
            {
                foreach (string line in Lines(store, parse.GetValue(format)!, search.IsEmpty ? null : search, cancellationToken))
                {
                    await writer.WriteLineAsync(line).ConfigureAwait(false);
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (file is not null)
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> Lines(ICorpusStore store, string format, SearchQuery? search, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "gdelt-tsv":
                long number = 0;
                foreach (var e in store.ExportEvents(search, cancellationToken))
                {
                    yield return GdeltTsv.Row(e, ++number);
                }

                yield break;
            case "plover-json":
                foreach (var e in store.ExportEvents(search, cancellationToken))
                {
                    yield return PloverJson.Line(e);
                }

                yield break;
            case "csv":
                yield return "id,url,site,title,published,language,revision,story,duplicate_of";
                foreach (var a in store.Export(search, cancellationToken))
                {
                    yield return string.Join(',', new[] { a.Id, a.Url, a.Site, a.Title, a.Published, a.Language, a.Revision.ToString(CultureInfo.InvariantCulture), a.StoryId, a.DuplicateOf }.Select(Csv));
                }

                yield break;
            default:
                foreach (var a in store.Export(search, cancellationToken))
                {
                    yield return CorpusJson.Serialize(new ExportLine(a.Id, a.Title, a.Text, a.Published, a.Site, a.Url, a.Language, a.Revision, a.StoryId, a.DuplicateOf), indented: false);
                }

                yield break;
        }
    }

    /// <summary>RFC 4180 field: quoted when it holds a comma, quote or line break.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
