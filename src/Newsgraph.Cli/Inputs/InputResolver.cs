namespace Newsgraph.Cli.Inputs;

/// <summary>Expands command-line inputs (files, folders, -, URLs) into the pages to analyse.</summary>
public static class InputResolver
{
    /// <summary>File name endings analysed when a folder is given; other files are skipped.</summary>
    private static readonly string[] PageExtensions =
        [".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz"];

    public static IReadOnlyList<InputItem> Expand(IEnumerable<string> arguments)
    {
        var items = new List<InputItem>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                items.Add(new InputItem(InputItemKind.StandardInput, "stdin:"));
            }
            else if (LooksLikeUrl(argument))
            {
                items.Add(new InputItem(InputItemKind.Url, argument));
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.System })
                    .Where(IsPageFile)
                    .Order(StringComparer.Ordinal);
                items.AddRange(files.Select(f => new InputItem(InputItemKind.File, f)));
            }
            else if (File.Exists(argument))
            {
                items.Add(new InputItem(InputItemKind.File, argument));
            }
            else
            {
                items.Add(new InputItem(InputItemKind.Missing, argument));
            }
        }

        return items;
    }

    /// <summary>True when any argument names a folder or more than one page, so output is one report per line.</summary>
    public static bool IsMany(IEnumerable<string> arguments, IReadOnlyList<InputItem> items) =>
        items.Count != 1 || arguments.Any(Directory.Exists);

    public static bool LooksLikeUrl(string argument) =>
        argument.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(argument, UriKind.Absolute, out var uri) && !uri.IsFile;

    private static bool IsPageFile(string path) =>
        PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
