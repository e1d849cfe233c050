using System.Diagnostics;
using System.Text.Json;
using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Quick NER experiments without writing a model: trains with the given options (optionally reusing
/// the gazetteer and word classes of an existing model file, which skips the k-means step), or just
/// evaluates an existing model, then scores every held-out set and can dump each held-out sentence
/// with its gold and predicted entities as JSON lines for error analysis.
/// </summary>
public static class NerExperiment
{
    /// <param name="evaluateModel">A model file to evaluate as is (no training); null trains.</param>
    /// <param name="classesFrom">A model file whose gazetteer and word classes training reuses; null rebuilds them.</param>
    /// <param name="dumpPath">Where to write the held-out predictions (JSON lines); null writes none.</param>
    /// <param name="everyEpoch">Whether to score the held-out sets (per document) with the averaged weights after every epoch, not only the last: an epoch-count sweep in one run.</param>
    public static int Run(string shared, int seed, NerTrainingOptions options, string? evaluateModel, string? classesFrom, string? dumpPath, TextWriter log, bool everyEpoch = false)
    {
        var watch = Stopwatch.StartNew();
        log.WriteLine($"options {options}");
        var data = NerDataSets.Load(shared, seed, options);
        FastEntityTagger tagger;
        if (evaluateModel is not null)
        {
            using var file = File.OpenRead(evaluateModel);
            tagger = FastEntityTagger.Load(file);
        }
        else
        {
            Gazetteer gazetteer;
            WordClusters clusters;
            if (classesFrom is not null)
            {
                using var file = File.OpenRead(classesFrom);
                (gazetteer, clusters) = NerModelFile.ReadLookupsOnly(file);
            }
            else
            {
                gazetteer = new Gazetteer(GazetteerSources.Build(shared, data.Files));
                clusters = WordClusterBuilder.Build(data.Unlabeled, seed, log.WriteLine, options.FineClasses, options.CoarseClasses);
            }

            log.WriteLine($"training sentences {data.Train.Count} ({watch.Elapsed.TotalSeconds:0.0}s)");
            var trainer = new PerceptronTrainer(gazetteer, clusters, options.CorpusFeatures, options.PassiveAggressive, options.PassiveAggressiveCap, options.Labels);
            Action<int>? afterEpoch = null;
            if (everyEpoch)
            {
                afterEpoch = epoch =>
                {
                    var snapshot = new FastEntityTagger(NerModel.Quantise(trainer.AveragedRows(), gazetteer, clusters, trainer.Labels));
                    foreach (var set in NerHeldOut.Evaluate(data, snapshot))
                    {
                        log.WriteLine($"after epoch {epoch} {set.Name}: PER/ORG/LOC P {set.P:0.000} R {set.R:0.000} F1 {set.F1:0.000}  " +
                            string.Join("  ", set.PerKind.Select(k => $"{k.Kind} F1 {k.F1:0.000}")));
                    }
                };
            }

            trainer.Train(data.Train, options.Epochs, seed, line => log.WriteLine($"{line} ({watch.Elapsed.TotalSeconds:0.0}s)"), afterEpoch);
            tagger = new FastEntityTagger(NerModel.Quantise(trainer.AveragedRows(), gazetteer, clusters, trainer.Labels));
        }

        foreach (var set in NerHeldOut.Evaluate(data, tagger, documentLevel: false))
        {
            log.WriteLine($"sentence-level {set.Name}: PER/ORG/LOC P {set.P:0.000} R {set.R:0.000} F1 {set.F1:0.000}  " +
                string.Join("  ", set.PerKind.Select(k => $"{k.Kind} P {k.P:0.000} R {k.R:0.000} F1 {k.F1:0.000}")));
        }

        foreach (var set in NerHeldOut.Evaluate(data, tagger))
        {
            log.WriteLine($"{set.Name}: PER/ORG/LOC P {set.P:0.000} R {set.R:0.000} F1 {set.F1:0.000}  " +
                string.Join("  ", set.PerKind.Select(k => $"{k.Kind} P {k.P:0.000} R {k.R:0.000} F1 {k.F1:0.000}")));
        }

        if (dumpPath is not null)
        {
            using var writer = new StreamWriter(dumpPath);
            foreach (var (name, (sentences, _)) in data.Dev)
            {
                var documentTags = new Dictionary<NerSentence, IReadOnlyList<TaggedEntity>>(ReferenceEqualityComparer.Instance);
                foreach (var document in sentences.GroupBy(s => s.Document))
                {
                    var list = document.ToList();
                    var tagged = tagger.TagDocument([.. list.Select(s => (IReadOnlyList<string>)s.Tokens)]);
                    for (int i = 0; i < list.Count; i++)
                    {
                        documentTags[list[i]] = tagged[i];
                    }
                }

                foreach (var sentence in sentences)
                {
                    var predicted = tagger.Tag(sentence.Tokens);
                    writer.WriteLine(JsonSerializer.Serialize(new
                    {
                        set = name,
                        doc = sentence.Document,
                        tokens = sentence.Tokens,
                        gold = sentence.Entities.Select(e => new object[] { e.Start, e.End, e.Kind.ToString() }),
                        pred = predicted.Select(e => new object[] { e.Start, e.End, e.Kind.ToString() }),
                        predDocument = documentTags[sentence].Select(e => new object[] { e.Start, e.End, e.Kind.ToString() }),
                        unknown = sentence.Unknown,
                    }));
                }
            }
        }

        log.WriteLine($"done in {watch.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }
}
