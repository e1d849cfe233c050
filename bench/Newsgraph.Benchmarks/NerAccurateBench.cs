using System.Diagnostics;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Documents;
using Newsgraph.Entities;
using Newsgraph.Entities.Accurate;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;
using Newsgraph.Training;

namespace Newsgraph.Benchmarks;

/// <summary>
/// The accurate NER mode against issue 3's bars: single-thread tokens/s (OnnxRuntime intra-op
/// threads = 1) on extraction dev article bodies, sentence by sentence as the entity stage asks,
/// with the fast tagger on the same sentences as the anchor; and held-out exact-span F1 of both
/// taggers on the same seeded sample of every held-out set (the trainer's own code and split).
/// </summary>
internal sealed class NerAccurateBench(BenchOptions options)
{
    private const int SplitSeed = 42;

    /// <summary>Tokens of dev article text tagged for the speed figure: enough for a steady rate,
    /// few enough for a loaded 2-core machine (the transformer runs at a few thousand tokens/s at best).</summary>
    private const int SpeedTokens = 6000;

    public int Run()
    {
        var devSet = ExtractionDevSet.LoadShared(options.SharedDir);
        if (devSet is null)
        {
            Console.Error.WriteLine($"extraction dev set not found under {options.SharedDir}");
            return 2;
        }

        var load = Stopwatch.StartNew();
        using var accurate = AccurateEntityTagger.LoadEmbedded(intraOpThreads: 1);
        _ = accurate.Tag(["Vladimir", "Putin", "visited", "Moscow", "."]);
        Console.WriteLine($"load: MiniLM + head + fast model {load.Elapsed.TotalMilliseconds:F0} ms wall, working set {Environment.WorkingSet / 1048576.0:F0} MB; {accurate.DescribeModel()}");

        var sentences = Sentences(devSet.TruthBodies.Values.Where(t => t.Length > 0));
        long tokens = sentences.Sum(s => (long)s.Count);
        var fast = FastEntityTagger.Default;
        _ = Pass(sentences, fast);
        _ = Pass(sentences.Take(20).ToList(), accurate);
        var anchor = Pass(sentences, fast);
        var timed = Pass(sentences, accurate);
        Console.WriteLine($"speed on {sentences.Count} sentences of the extraction dev bodies ({tokens} tokens), one thread, sentence by sentence (wall / process CPU time):");
        Console.WriteLine($"  fast tagger (anchor):     {tokens / anchor.Wall:F0} / {tokens / anchor.Cpu:F0} tokens/s");
        Console.WriteLine($"  accurate tagger:          {tokens / timed.Wall:F0} / {tokens / timed.Cpu:F0} tokens/s (bar 3,000); {timed.Cpu / anchor.Cpu:F1}x the anchor's CPU time");
        Console.WriteLine($"  load average now: {File.ReadAllText("/proc/loadavg").Trim()}");
        if (options.Only == "speed")
        {
            return 0;
        }

        int perSet = new AccurateNerOptions().DevSentencesPerSet;
        var watch = Stopwatch.StartNew();
        var sets = AccurateNerTrainer.Compare(options.SharedDir, SplitSeed, perSet, accurate, fast);
        Console.WriteLine($"held-out exact-span PER/ORG/LOC (seed {SplitSeed} split, seeded sample of {perSet} sentences per set; {watch.Elapsed.TotalSeconds:F0}s):");
        foreach (var (a, f) in sets)
        {
            Console.WriteLine($"  {a.Name}: accurate P {a.P:F3} R {a.R:F3} F1 {a.F1:F3} | fast P {f.P:F3} R {f.R:F3} F1 {f.F1:F3}  ({a.Sentences} sentences)");
            foreach (var kind in a.PerKind)
            {
                var fk = f.PerKind.FirstOrDefault(k => k.Kind == kind.Kind);
                Console.WriteLine($"    {kind.Kind,-7} accurate F1 {kind.F1:F3} | fast F1 {fk?.F1 ?? 0:F3}  gold {kind.Gold}");
            }
        }

        return 0;
    }

    /// <summary>Token strings of each sentence of the dev bodies, up to <see cref="SpeedTokens"/> tokens.</summary>
    private static List<IReadOnlyList<string>> Sentences(IEnumerable<string> texts)
    {
        var result = new List<IReadOnlyList<string>>();
        long total = 0;
        foreach (string text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            foreach (Sentence sentence in SentenceSplitter.Split(text, tokens.AsSpan(), null, CancellationToken.None))
            {
                var words = new List<string>();
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    words.Add(tokens[t].TextOf(text));
                }

                result.Add(words);
                total += words.Count;
                if (total >= SpeedTokens)
                {
                    return result;
                }
            }
        }

        return result;
    }

    private static (double Wall, double Cpu) Pass(List<IReadOnlyList<string>> sentences, ITokenTagger tagger)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            _ = tagger.Tag(sentence);
        }

        double wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
