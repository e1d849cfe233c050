using Newsgraph.Core.Report;
using Spectre.Console;

namespace Newsgraph.Cli.Output;

/// <summary>A readable summary of one report: metadata, images, diagnostics and the article text.</summary>
internal static class TextSummary
{
    public static void Write(TextWriter writer, AnalysisReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var a = report.Article;

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row("Title", a.Title);
        Row("Authors", string.Join("; ", a.Authors.Select(x => x.Name).Concat(a.AuthorOrgs)));
        Row("Published", a.Published);
        Row("Modified", a.Modified);
        Row("Site", a.Site);
        Row("Section", string.Join(" › ", a.Section));
        Row("Tags", string.Join(", ", a.Tags));
        Row("Language", a.Language);
        Row("URL", a.CanonicalUrl);
        Row("Source", $"{report.Source.Uri} ({report.Source.Bytes:N0} bytes, {report.Source.ContentType})");
        Row("Body", $"{a.Blocks.Count} blocks, {CountWords(a.Text):N0} words, {a.Links.Count} links");
        console.Write(new Panel(grid).Header(Markup.Escape(a.Title ?? "(untitled)")).Expand());

        foreach (var image in a.Images)
        {
            console.MarkupLine($"[grey]image:[/] {Markup.Escape(image.Caption ?? "(no caption)")} [grey]credit:[/] {Markup.Escape(image.Credit ?? "-")}");
        }

        foreach (var author in a.Authors.Where(x => x.Bio is not null))
        {
            console.MarkupLine($"[grey]about {Markup.Escape(author.Name)}:[/] {Markup.Escape(author.Bio!)}");
        }

        foreach (var d in report.Diagnostics)
        {
            string colour = d.Severity switch { "error" => "red", "warning" => "yellow", _ => "grey" };
            console.MarkupLine($"[{colour}]{d.Severity} {d.Code}[/] {Markup.Escape(d.Message)}");
        }

        if (a.Text.Length > 0)
        {
            console.WriteLine();
            foreach (var block in a.Blocks)
            {
                string text = a.Text[block.Start..block.End];
                console.MarkupLine(block.Kind switch
                {
                    "heading" => $"[bold]{Markup.Escape(text)}[/]",
                    "listItem" => $"  • {Markup.Escape(text)}",
                    "blockquote" => $"[italic]  “{Markup.Escape(text)}”[/]",
                    _ => Markup.Escape(text),
                });
                console.WriteLine();
            }
        }

        void Row(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                grid.AddRow(new Markup($"[grey]{label}[/]"), new Text(value));
            }
        }
    }

    private static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
