using System.Diagnostics;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Documents;
using Newsgraph.Entities;
using Newsgraph.Entities.Accurate;
using Newsgraph.Language.Sentences;
using Newsgraph.Language.Tokens;
using Newsgraph.Training;
using Newsgraph.Training.Accurate;

namespace Newsgraph.Benchmarks;

/// <summary>
/// The accurate NER mode against issue 3's bars: single-thread tokens/s (OnnxRuntime intra-op
/// threads = 1, so the transformer runs on the calling thread and its thread CPU time is the cost) on
/// extraction dev article bodies, a document's sentences in one TagDocument call as the entity stage
/// asks (and sentence by sentence for comparison), with the fast tagger on the same documents as the
/// anchor; and held-out exact-span F1 of both
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

        var documents = Documents(devSet.TruthBodies.Values.Where(t => t.Length > 0));
        int sentenceCount = documents.Sum(d => d.Count);
        long tokens = documents.Sum(d => d.Sum(s => (long)s.Count));
        var fast = FastEntityTagger.Default;
        _ = Pass(documents, fast, perDocument: true);
        _ = Pass(documents.Take(2).ToList(), accurate, perDocument: true);
        var anchor = Pass(documents, fast, perDocument: true);
        var batched = Pass(documents, accurate, perDocument: true);
        var single = Pass(documents, accurate, perDocument: false);
        Console.WriteLine($"speed on {documents.Count} extraction dev bodies, {sentenceCount} sentences, {tokens} tokens, one thread (wall / thread CPU time):");
        Console.WriteLine($"  fast tagger (anchor), per document:       {tokens / anchor.Wall:F0} / {tokens / anchor.Cpu:F0} tokens/s");
        Console.WriteLine($"  accurate, per document (as the stage):   {tokens / batched.Wall:F0} / {tokens / batched.Cpu:F0} tokens/s (bar 3,000); {batched.Cpu / anchor.Cpu:F1}x the anchor's CPU time");
        Console.WriteLine($"  accurate, sentence by sentence:           {tokens / single.Wall:F0} / {tokens / single.Cpu:F0} tokens/s");
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

    /// <summary>Token strings of each sentence of each dev body, up to <see cref="SpeedTokens"/> tokens in all.</summary>
    private static List<List<IReadOnlyList<string>>> Documents(IEnumerable<string> texts)
    {
        var result = new List<List<IReadOnlyList<string>>>();
        long total = 0;
        foreach (string text in texts)
        {
            var document = new List<IReadOnlyList<string>>();
            result.Add(document);
            var tokens = Tokenizer.Tokenize(text);
            foreach (Sentence sentence in SentenceSplitter.Split(text, tokens.AsSpan(), null, CancellationToken.None))
            {
                var words = new List<string>();
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    words.Add(tokens[t].TextOf(text));
                }

                document.Add(words);
                total += words.Count;
                if (total >= SpeedTokens)
                {
                    return result;
                }
            }
        }

        return result;
    }

    private static (double Wall, double Cpu) Pass(List<List<IReadOnlyList<string>>> documents, ITokenTagger tagger, bool perDocument)
    {
        var cpu = ThreadCpuClock.Now();
        var watch = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            if (perDocument)
            {
                _ = tagger.TagDocument(document);
                continue;
            }

            foreach (var sentence in document)
            {
                _ = tagger.Tag(sentence);
            }
        }

        return (watch.Elapsed.TotalSeconds, (ThreadCpuClock.Now() - cpu).TotalSeconds);
    }
}
