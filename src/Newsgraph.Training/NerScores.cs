using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>Exact-span entity counts per kind on one held-out set.</summary>
internal sealed class NerScores
{
    /// <summary>The kinds of the headline figure (the bar is PER/ORG/LOC).</summary>
    public static readonly EntityKind[] HeadlineKinds = [EntityKind.Person, EntityKind.Org, EntityKind.Loc];

    public Dictionary<EntityKind, (int Tp, int Fp, int Fn)> Counts { get; } = [];

    public long Tokens { get; set; }

    public double Seconds { get; set; }

    public void Add(EntityKind kind, int tp, int fp, int fn)
    {
        var c = Counts.GetValueOrDefault(kind);
        Counts[kind] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    public (double P, double R, double F1) Of(IEnumerable<EntityKind> kinds)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var kind in kinds)
        {
            var c = Counts.GetValueOrDefault(kind);
            tp += c.Tp;
            fp += c.Fp;
            fn += c.Fn;
        }

        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>
    /// Tags every sentence and counts exact-span matches; NORP only where the corpus annotates it.
    /// With <paramref name="documentLevel"/> consecutive sentences of one document are tagged together
    /// (<see cref="ITokenTagger.TagDocument"/>), as the entity stage tags an article.
    /// </summary>
    public static NerScores Evaluate(ITokenTagger tagger, IReadOnlyList<NerSentence> sentences, bool scoreNorp, bool documentLevel = true)
    {
        var scores = new NerScores();
        var kinds = scoreNorp ? [.. HeadlineKinds, EntityKind.Norp] : HeadlineKinds;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var predictedBySentence = new List<(NerSentence, IReadOnlyList<TaggedEntity>)>();
        for (int first = 0; first < sentences.Count;)
        {
            int end = first + 1;
            while (documentLevel && end < sentences.Count && sentences[end].Document == sentences[first].Document)
            {
                end++;
            }

            var document = sentences.Skip(first).Take(end - first).ToList();
            var tagged = documentLevel ? tagger.TagDocument([.. document.Select(s => (IReadOnlyList<string>)s.Tokens)]) : [tagger.Tag(document[0].Tokens)];
            for (int i = 0; i < document.Count; i++)
            {
                predictedBySentence.Add((document[i], tagged[i]));
                scores.Tokens += document[i].Tokens.Length;
            }

            first = end;
        }

        scores.Seconds = watch.Elapsed.TotalSeconds;
        foreach (var (sentence, predicted) in predictedBySentence)
        {
            foreach (var kind in kinds)
            {
                var gold = sentence.Entities.Where(e => e.Kind == kind).ToHashSet();
                var guessed = predicted.Where(e => e.Kind == kind).ToHashSet();
                int tp = guessed.Count(gold.Contains);
                scores.Add(kind, tp, guessed.Count - tp, gold.Count - tp);
            }
        }

        return scores;
    }
}
