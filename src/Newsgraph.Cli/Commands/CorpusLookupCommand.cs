using System.CommandLine;
using Newsgraph.Cli.Output;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// The plumbing of the corpus commands that look one thing up by name (<c>entity</c>, <c>story</c>):
/// the argument, <c>--format json|text</c> and <c>--db</c>, opening the store read-only, "not found"
/// (exit 1), and JSON or the command's own text rendering.
/// </summary>
internal static class CorpusLookupCommand
{
    /// <param name="lookup">Finds the thing, or null.</param>
    /// <param name="notFound">The message when it is not there, given the argument.</param>
    /// <param name="writeText">Writes the readable rendering.</param>
    public static Command Create<T>(string name, string description, Argument<string> argument, Func<ICorpusStore, string, T?> lookup, Func<string, string> notFound, Action<T, TextWriter> writeText)
        where T : class
    {
        var format = CorpusOptions.Format("json", "text");
        var db = CorpusDatabase.Option();
        var command = new Command(name, description) { argument, format, db };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            using var store = CorpusDatabase.Open(parse.GetValue(db)!, readOnly: true, stderr);
            if (store is null)
            {
                return ExitCodes.StoreFailed;
            }

            string wanted = parse.GetValue(argument)!;
            if (lookup(store, wanted) is not { } found)
            {
                stderr.WriteLine("newsgraph: " + notFound(wanted));
                return ExitCodes.InputFailed;
            }

            if (CorpusOptions.WantsJson(parse.GetValue(format)))
            {
                stdout.WriteLine(CorpusJson.Serialize(found));
            }
            else
            {
                writeText(found, stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
