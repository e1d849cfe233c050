using System.CommandLine;
using System.Text;
using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph export</c>: the corpus (or a search's matches) as JSONL or CSV.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (one article a line, readable back by ingest) or csv (metadata, no text).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var query = new Option<string?>("--query", "-q") { Description = "Only articles matching this full-text query." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var filters = new SearchFilterOptions();
        var db = CorpusDatabase.Option();
        var command = new Command("export", "Export the latest revision of every article (or of the matches of --query and filters).")
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
            bool csv = parse.GetValue(format) == "csv";
            TextWriter writer = parse.InvocationConfiguration.Output;
            StreamWriter? file = null;
            if (parse.GetValue(output) is { } path)
            {
                file = new StreamWriter(path.FullName, append: false, new UTF8Encoding(false));
                writer = file;
            }

            try
            {
                if (csv)
                {
                    await writer.WriteLineAsync("id,url,site,title,published,language,revision,story,duplicate_of").ConfigureAwait(false);
                }

                foreach (var a in store.Export(search.IsEmpty ? null : search, cancellationToken))
                {
                    string line = csv
                        ? string.Join(',', new[] { a.Id, a.Url, a.Site, a.Title, a.Published, a.Language, a.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), a.StoryId, a.DuplicateOf }.Select(Csv))
                        : CorpusJson.Serialize(new ExportLine(a.Id, a.Title, a.Text, a.Published, a.Site, a.Url, a.Language, a.Revision, a.StoryId, a.DuplicateOf), indented: false);
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
