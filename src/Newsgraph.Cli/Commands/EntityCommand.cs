using System.CommandLine;
using Newsgraph.Cli.Output;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph entity "&lt;name&gt;"</c>: what the corpus says about one entity.</summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The entity's name or an alias (case-insensitive)." };
        var format = CorpusOptions.Format("json", "text");
        var db = CorpusDatabase.Option();
        var command = new Command("entity", "Profile an entity: aliases, roles, mentions over time, quotes and events.")
        {
            name, format, db,
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

            string wanted = parse.GetValue(name)!;
            if (store.Entity(wanted) is not { } profile)
            {
                stderr.WriteLine($"newsgraph: no entity named '{wanted}' in the corpus");
                return ExitCodes.InputFailed;
            }

            if (CorpusOptions.WantsJson(parse.GetValue(format)))
            {
                stdout.WriteLine(CorpusJson.Serialize(profile));
                return ExitCodes.Success;
            }

            stdout.WriteLine($"{profile.Name} ({profile.Type}) · {profile.Articles} articles · key {profile.Key}");
            if (profile.Aliases.Count > 0)
            {
                stdout.WriteLine($"aliases: {string.Join(", ", profile.Aliases)}");
            }

            if (profile.Roles.Count > 0)
            {
                stdout.WriteLine($"roles: {string.Join(", ", profile.Roles)}");
            }

            stdout.WriteLine($"mentions by month: {string.Join(", ", profile.MentionsByMonth.Select(m => $"{m.Value} {m.Count}"))}");
            foreach (var q in profile.Quotes)
            {
                stdout.WriteLine($"  said ({q.Published ?? "undated"}, {q.ArticleId}): {q.Text.ReplaceLineEndings(" ")}");
            }

            foreach (var e in profile.Events)
            {
                stdout.WriteLine($"  {e.Type} as {e.Role} ({e.Published ?? "undated"}, {e.ArticleId}): {e.Sentence.ReplaceLineEndings(" ")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
