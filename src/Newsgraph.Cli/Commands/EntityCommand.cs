using System.CommandLine;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph entity "&lt;name&gt;"</c>: what the corpus says about one entity.</summary>
internal static class EntityCommand
{
    public static Command Create() => CorpusLookupCommand.Create(
        "entity",
        "Profile an entity: aliases, roles, mentions over time, quotes and events.",
        new Argument<string>("name") { Description = "The entity's name or an alias (case-insensitive)." },
        (store, name) => store.Entity(name),
        name => $"no entity named '{name}' in the corpus",
        WriteText);

    private static void WriteText(EntityProfile profile, TextWriter stdout)
    {
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
    }
}
