using System.Globalization;
using Newsgraph.Training;

namespace Newsgraph.Benchmarks;

/// <summary>Parses `ner-experiment` options and runs <see cref="NerExperiment"/> (a tuning tool, not a bench).</summary>
internal static class NerExperimentCommand
{
    public static int Run(ReadOnlySpan<string> args)
    {
        string shared = BenchOptions.Parse([]).SharedDir;
        string? model = null, classesFrom = null, dump = null;
        int seed = 42;
        bool everyEpoch = false;
        var options = new NerTrainingOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"option '{args[i]}' needs a value");
            i++;
            options = args[i - 1] switch
            {
                "--shared" => Set(() => shared = value, options),
                "--model" => Set(() => model = value, options),
                "--classes-from" => Set(() => classesFrom = value, options),
                "--dump" => Set(() => dump = value, options),
                "--every-epoch" => Set(() => everyEpoch = bool.Parse(value), options),
                "--seed" => Set(() => seed = int.Parse(value, CultureInfo.InvariantCulture), options),
                "--epochs" => options with { Epochs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--gmb-share" => options with { GmbTrainShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--corpus-features" => options with { CorpusFeatures = bool.Parse(value) },
                "--dev-fold" => options with { DevFoldShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--passive-aggressive" => options with { PassiveAggressive = bool.Parse(value) },
                "--passive-aggressive-cap" => options with { PassiveAggressiveCap = float.Parse(value, CultureInfo.InvariantCulture) },
                "--misc" => options with { MiscKind = bool.Parse(value) },
                "--gmb-misc" => options with { GmbMisc = bool.Parse(value) },
                "--gold-repeats" => options with { GoldCorpusRepeats = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option '{args[i - 1]}'"),
            };
        }

        return NerExperiment.Run(shared, seed, options, model, classesFrom, dump, Console.Out, everyEpoch);
    }

    private static NerTrainingOptions Set(Action set, NerTrainingOptions options)
    {
        set();
        return options;
    }
}
