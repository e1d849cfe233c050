using System.CommandLine;
using Newsgraph.Training;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// <c>newsgraph train ner|entity-lexicon</c>: rebuilds a bundled model or lookup table from the shared
/// corpora, deterministically (a seed where training shuffles).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var shared = new Option<DirectoryInfo>("--shared")
        {
            Description = "The shared data folder (holding data/ner_gmb, data/ner_crossner_politics, …). Default: ../shared.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared")),
        };
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder the model file and its manifest are written to. Default: src/Newsgraph.Entities/Models.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Newsgraph.Entities", "Models")),
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of every shuffle and split (the same seed and data give the same model). Default: 42.",
            DefaultValueFactory = _ => 42,
        };

        var ner = new Command("ner", "Train the fast named-entity tagger (averaged perceptron) and write ner-fast-v1.bin plus its manifest with held-out figures.")
        {
            shared, output, seed,
        };
        ner.Validators.Add(result => RequireSharedData(result, shared));
        ner.SetAction(parse =>
        {
            string sharedPath = parse.GetValue(shared)!.FullName;
            string outPath = parse.GetValue(output)!.FullName;
            int seedValue = parse.GetValue(seed);
            string command = $"newsgraph train ner --shared {Path.GetRelativePath(Environment.CurrentDirectory, sharedPath)} --out {Path.GetRelativePath(Environment.CurrentDirectory, outPath)} --seed {seedValue}";
            return NerTrainer.Run(sharedPath, outPath, seedValue, command.Replace('\\', '/'), parse.InvocationConfiguration.Output);
        });

        var lexiconOutput = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder the lexicon file and its manifest are written to. Default: src/Newsgraph.Entities/Models.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Newsgraph.Entities", "Models")),
        };
        var lexicon = new Command("entity-lexicon", "Build the entity stage's lookup tables (places, nationalities, political actors, roles) and write entity-lexicon-v1.txt.gz plus its manifest.")
        {
            shared, lexiconOutput,
        };
        lexicon.Validators.Add(result => RequireSharedData(result, shared));
        lexicon.SetAction(parse =>
        {
            string sharedPath = parse.GetValue(shared)!.FullName;
            string outPath = parse.GetValue(lexiconOutput)!.FullName;
            string command = $"newsgraph train entity-lexicon --shared {Path.GetRelativePath(Environment.CurrentDirectory, sharedPath)} --out {Path.GetRelativePath(Environment.CurrentDirectory, outPath)}";
            return EntityLexiconBuilder.Run(sharedPath, outPath, command.Replace('\\', '/'), parse.InvocationConfiguration.Output);
        });

        return new Command("train", "Retrain a bundled model from the shared corpora (offline; nothing is downloaded).")
        {
            ner, lexicon,
        };
    }

    private static void RequireSharedData(System.CommandLine.Parsing.CommandResult result, Option<DirectoryInfo> shared)
    {
        if (result.GetValue(shared) is { } folder && !Directory.Exists(Path.Combine(folder.FullName, "data")))
        {
            result.AddError($"--shared must be the shared data folder (with a data/ sub-folder); '{folder.FullName}' has none.");
        }
    }
}
