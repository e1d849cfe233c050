using System.CommandLine;
using Newsgraph.Cli.Output;
using Newsgraph.Corpus.Ingest;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph stories</c>: the corpus's stories, most independent sources first.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var from = CorpusOptions.Date("--from", "Only stories with an article published on or after this date");
        var to = CorpusOptions.Date("--to", "Only stories with an article published on or before this date");
        var format = CorpusOptions.Format("json", "text");
        var limit = new Option<int>("--limit", "-n") { Description = "Stories listed (default 50; 0 for all).", DefaultValueFactory = _ => 50 };
        var recluster = new Option<bool>("--recluster")
        {
            Description = "First re-cluster the stories of the articles published in --from/--to (all articles without them) and store the changed memberships.",
        };
        var db = CorpusDatabase.Option();
        var command = new Command("stories", "List stories: title, dates, articles, independent sources and member article ids.")
        {
            from, to, format, limit, recluster, db,
        };
        command.Validators.Add(result =>
        {
            CorpusOptions.ValidateDate(result, from);
            CorpusOptions.ValidateDate(result, to);
        });
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            bool reclustering = parse.GetValue(recluster);
            string path = parse.GetValue(db)!;
            // a missing database is reported as for listing (re-clustering must not create an empty one)
            using var store = CorpusDatabase.Open(path, readOnly: !reclustering || !File.Exists(path), parse.InvocationConfiguration.Error);
            if (store is null)
            {
                return ExitCodes.StoreFailed;
            }

            if (reclustering)
            {
                try
                {
                    var moves = StoryReclustering.Run(store, CorpusOptions.ParseDate(parse.GetValue(from)), CorpusOptions.ParseDate(parse.GetValue(to)));
                    parse.InvocationConfiguration.Error.WriteLine($"re-clustered: {moves.Count} articles changed story");
                }
                catch (CorpusStoreException ex)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                    return ExitCodes.StoreFailed;
                }
            }

            var stories = store.Stories(CorpusOptions.ParseDate(parse.GetValue(from)), CorpusOptions.ParseDate(parse.GetValue(to)), parse.GetValue(limit));
            if (CorpusOptions.WantsJson(parse.GetValue(format)))
            {
                stdout.WriteLine(CorpusJson.Serialize(stories));
                return ExitCodes.Success;
            }

            foreach (var s in stories)
            {
                stdout.WriteLine($"{s.Id}  {s.Title ?? "(untitled)"}");
                stdout.WriteLine($"    {s.FirstPublished ?? "?"} – {s.LastPublished ?? "?"} · {s.Articles} articles · {s.IndependentSources} independent sources");
                stdout.WriteLine($"    {string.Join(", ", s.MemberIds)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
