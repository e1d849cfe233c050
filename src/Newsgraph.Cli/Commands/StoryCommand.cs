using System.CommandLine;
using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph story &lt;id&gt;</c>: one story's articles across outlets, copies and timeline.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The story id (from stories or search)." };
        var format = CorpusOptions.Format("json", "text");
        var db = CorpusDatabase.Option();
        var command = new Command("story", "Show a story: its articles by date with their syndicated copies, and the timeline of its events and claims.")
        {
            id, format, db,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            using var store = CorpusDatabase.Open(parse.GetValue(db)!, readOnly: true, stderr);
            if (store is null)
            {
                return ExitCodes.StoreFailed;
            }

            string storyId = parse.GetValue(id)!;
            if (store.Story(storyId) is not { } story)
            {
                stderr.WriteLine($"newsgraph: no story '{storyId}' (list them with newsgraph stories)");
                return ExitCodes.InputFailed;
            }

            if (CorpusOptions.WantsJson(parse.GetValue(format)))
            {
                stdout.WriteLine(CorpusJson.Serialize(story));
                return ExitCodes.Success;
            }

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

            return ExitCodes.Success;
        });
        return command;
    }
}
