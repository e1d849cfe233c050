using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>
/// Scores a fast tagger on every held-out set of the seeded split (the same sets and code the
/// trainer writes into the manifest), for the trainer and the `ner` bench runner alike.
/// </summary>
public static class NerHeldOut
{
    /// <summary>Exact-span precision, recall and F1 of one kind; Gold is the number of gold entities.</summary>
    public sealed record KindScore(EntityKind Kind, double P, double R, double F1, int Gold);

    /// <summary>One held-out set: the PER/ORG/LOC headline figure and every scored kind.</summary>
    public sealed record SetScore(string Name, int Sentences, long Tokens, double Seconds, double P, double R, double F1, IReadOnlyList<KindScore> PerKind);

    /// <summary>Loads the seeded split from <paramref name="shared"/> and scores <paramref name="tagger"/> on each held-out set.</summary>
    public static List<SetScore> Evaluate(string shared, int seed, ITokenTagger tagger, NerTrainingOptions? options = null, bool documentLevel = true) =>
        Evaluate(NerDataSets.Load(shared, seed, options ?? new NerTrainingOptions()), tagger, documentLevel);

    /// <param name="documentLevel">Tag each document's sentences together with label consistency (as the entity stage does); false tags sentence by sentence.</param>
    internal static List<SetScore> Evaluate(NerDataSets.Loaded data, ITokenTagger tagger, bool documentLevel = true) => Evaluate(data.Dev, tagger, documentLevel);

    internal static List<SetScore> Evaluate(Dictionary<string, (List<NerSentence> Sentences, bool HasNorp)> dev, ITokenTagger tagger, bool documentLevel = true)
    {
        var results = new List<SetScore>();
        foreach (var (name, (sentences, hasNorp)) in dev)
        {
            var scores = NerScores.Evaluate(tagger, sentences, hasNorp, documentLevel);
            var (p, r, f) = scores.Of(NerScores.HeadlineKinds);
            var perKind = scores.Counts.Select(kv =>
            {
                var k = scores.Of([kv.Key]);
                return new KindScore(kv.Key, k.P, k.R, k.F1, kv.Value.Tp + kv.Value.Fn);
            }).ToList();
            results.Add(new SetScore(name, sentences.Count, scores.Tokens, scores.Seconds, p, r, f, perKind));
        }

        return results;
    }
}
