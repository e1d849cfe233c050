using System.Globalization;
using Newsgraph.Benchmarks.Scoring;
using Newsgraph.Core.Documents;
using Newsgraph.Language;
using Newsgraph.Time;

namespace Newsgraph.Benchmarks;

/// <summary>
/// Runs the language and time stages over the MEANTIME English documents, each anchored at its
/// document creation time, and scores detection (precision, recall, F1; relaxed = overlapping
/// spans, strict = the same span) and exact-value accuracy on the matched expressions. Gold
/// durations, sets and references without a fixed value are not scored, and a prediction that
/// overlaps only one of them counts neither way. MEANTIME annotates times only in the title,
/// dateline and first four sentences, so predictions after those are not counted.
/// </summary>
internal sealed class MeantimeTimesBench(BenchOptions options)
{
    /// <summary>The paragraph (here: sentence) around an offset, for reading a miss.</summary>
    private static string Context(string text, int offset)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        int end = text.IndexOf('\n', offset);
        return text[start..(end < 0 ? text.Length : end)];
    }

    public int Run()
    {
        string root = Path.Combine(options.SharedDir, "data", "temporal_meantime", "intra_cross-doc_annotation");
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"MEANTIME not found under {root}");
            return 2;
        }

        var documents = MeantimeCorpus.Load(root);
        var analysed = new List<Document>(documents.Count);
        var language = new LanguageStage();
        var time = new TimeStage();
        int gold = 0, predicted = 0, matched = 0, strict = 0, valueOk = 0;
        var errors = new List<string>();
        foreach (var doc in documents)
        {
            var document = new Document(doc.Text, new SourceInfo("meantime:" + doc.Name, "text/plain", doc.Text.Length, ""));
            document.Add(ArticleLayers.Info, new ArticleInfo { Published = doc.CreationTime, Language = "en" });
            language.Run(document, CancellationToken.None);
            time.Run(document, CancellationToken.None);
            var predictions = document.Get(TimeLayers.Expressions);
            analysed.Add(document);

            var scored = doc.Timexes.Where(MeantimeCorpus.IsScored).ToList();
            var ignored = doc.Timexes.Where(t => !MeantimeCorpus.IsScored(t)).ToList();
            gold += scored.Count;
            var used = new HashSet<MeantimeTimex>();
            if (Environment.GetEnvironmentVariable("NEWSGRAPH_TIMES_UNSCORED") == "1")
            {
                foreach (var p in predictions.Where(p => p.Start >= doc.AnnotatedEnd))
                {
                    Console.WriteLine($"{doc.Name[..Math.Min(12, doc.Name.Length)]} DCT {doc.CreationTime}: \"{doc.Text[p.Start..p.End]}\" → {p.Value ?? "(unresolved)"} in: {Context(doc.Text, p.Start)}");
                }
            }

            foreach (var p in predictions.Where(p => p.Start < doc.AnnotatedEnd))
            {
                var g = scored.FirstOrDefault(t => !used.Contains(t) && t.Start < p.End && p.Start < t.End);
                if (g is null)
                {
                    if (!ignored.Any(t => t.Start < p.End && p.Start < t.End))
                    {
                        predicted++;
                        errors.Add($"{doc.Name}: FP \"{doc.Text[p.Start..p.End]}\" → {p.Value}");
                    }

                    continue;
                }

                predicted++;
                matched++;
                used.Add(g);
                strict += g.Start == p.Start && g.End == p.End ? 1 : 0;
                string want = MeantimeCorpus.Normalise(g.Value);
                if (p.Value == want)
                {
                    valueOk++;
                }
                else
                {
                    errors.Add($"{doc.Name}: VALUE \"{doc.Text[p.Start..p.End]}\" → {p.Value ?? "(unresolved)"}, gold \"{g.Text}\" {g.Value} (DCT {doc.CreationTime}) in: {Context(doc.Text, p.Start)}");
                }
            }

            errors.AddRange(scored.Where(t => !used.Contains(t)).Select(t => $"{doc.Name}: FN \"{t.Text}\" {t.Value}"));
        }

        if (options.PerPage)
        {
            errors.ForEach(Console.WriteLine);
        }

        double p1 = predicted == 0 ? 0 : (double)matched / predicted, r1 = gold == 0 ? 0 : (double)matched / gold;
        double f1 = p1 + r1 == 0 ? 0 : 2 * p1 * r1 / (p1 + r1);
        double ps = predicted == 0 ? 0 : (double)strict / predicted, rs = gold == 0 ? 0 : (double)strict / gold;
        double fs = ps + rs == 0 ? 0 : 2 * ps * rs / (ps + rs);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"MEANTIME times: {documents.Count} documents, {gold} scored gold expressions (DATE/TIME with a fixed value), {predicted} predictions counted");
        Console.WriteLine(string.Create(c, $"detection relaxed: P={p1:F3} R={r1:F3} F1={f1:F3}; strict: P={ps:F3} R={rs:F3} F1={fs:F3}"));
        Console.WriteLine($"value accuracy on matched: {MeantimeCorpus.Ratio(valueOk, matched)} ({valueOk}/{matched}); value F1 (relaxed match and right value): " +
            string.Create(c, $"{(predicted + gold == 0 ? 0 : 2.0 * valueOk / (predicted + gold)):F3}"));
        Speed(documents, analysed);
        return 0;
    }

    /// <summary>
    /// The time stage's cost per document against the language stage's on the same documents
    /// (best of the passes, after warm-up passes that let the JIT reach its optimised code): a ratio, since the shared machine makes absolute
    /// figures noisy.
    /// </summary>
    private void Speed(IReadOnlyList<MeantimeDocument> documents, List<Document> analysed)
    {
        var language = new LanguageStage();
        double languageMs = double.MaxValue, timeMs = double.MaxValue;
        const int WarmUp = 10;
        for (int pass = 0; pass < options.Passes + WarmUp; pass++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var doc in documents)
            {
                var document = new Document(doc.Text, new SourceInfo("meantime:" + doc.Name, "text/plain", doc.Text.Length, ""));
                document.Add(ArticleLayers.Info, new ArticleInfo { Published = doc.CreationTime, Language = "en" });
                language.Run(document, CancellationToken.None);
            }

            double l = watch.Elapsed.TotalMilliseconds / documents.Count;
            watch.Restart();
            foreach (var document in analysed)
            {
                _ = TimeStage.Analyse(document, CancellationToken.None);
            }

            double t = watch.Elapsed.TotalMilliseconds / documents.Count;
            if (pass >= WarmUp)
            {
                languageMs = Math.Min(languageMs, l);
                timeMs = Math.Min(timeMs, t);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed (one thread, best of {options.Passes} passes after {WarmUp} warm-up): language stage {languageMs:F3} ms/doc (anchor), time stage {timeMs:F3} ms/doc = {timeMs / languageMs:F2}x the anchor"));
    }
}
