using System.CommandLine;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph story &lt;id&gt;</c>: one story's articles across outlets, copies and timeline.</summary>
internal static class StoryCommand
{
    public static Command Create() => CorpusLookupCommand.Create(
        "story",
        "Show a story: its articles by date with their syndicated copies, and the timeline of its events and claims.",
        new Argument<string>("id") { Description = "The story id (from stories or search)." },
        (store, id) => store.Story(id),
        id => $"no story '{id}' (list them with newsgraph stories)",
        WriteText);

    private static void WriteText(StoryDetail story, TextWriter stdout)
    {
        var s = story.Story;
        stdout.WriteLine($"{s.Id}  {s.Title ?? "(untitled)"}");
        stdout.WriteLine($"{s.FirstPublished ?? "?"} – {s.LastPublished ?? "?"} · {s.Articles} articles · {s.IndependentSources} independent sources");
        foreach (var m in story.Members)
        {
            var a = m.Article;
            stdout.WriteLine();
            stdout.WriteLine($"  {a.Published ?? "undated"}  {a.Site ?? "?"}  {a.Title ?? "(untitled)"}  [{a.Id}]");
            if (m.CopyIds.Count > 0)
            {
                stdout.WriteLine($"      copies: {string.Join(", ", m.CopyIds)}");
            }
        }

        if (story.Timeline.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("timeline:");
            foreach (var t in story.Timeline)
            {
                stdout.WriteLine($"  {t.Published ?? "undated"}  {t.Kind} {t.Label}: {t.Text.ReplaceLineEndings(" ")}  [{t.ArticleId}]");
            }
        }
    }
}
