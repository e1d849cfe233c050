using Newsgraph.Core.Documents;
using Newsgraph.Events.Lexicon;

namespace Newsgraph.Events.Classification;

/// <summary>
/// Features of a stretch of text for the event-type classifier: lower-cased words with a crude
/// suffix-stripped stem, word bigrams, and the lexicon's opinion (every trigger form in the span
/// and the types it suggests). The same code runs on the synthetic training stories and on article
/// sentences, so the model sees identical features at training and tagging time.
/// </summary>
internal static class EventFeatures
{
    /// <summary>Why: a sentence past this many tokens is noise for a bag-of-words classifier; the cap bounds work on hostile input.</summary>
    public const int MaxTokens = 120;

    private const int Bias = 0;
    private const int Word = 1;
    private const int Stem = 2;
    private const int Bigram = 3;
    private const int LexiconType = 4;
    private const int LexiconForm = 5;

    public static List<uint> Extract(string text, ReadOnlySpan<Token> tokens, TriggerLexicon lexicon)
    {
        var features = new List<uint>(tokens.Length * 4) { FeatureHash.Finish(FeatureHash.Start(Bias)) };
        int count = Math.Min(tokens.Length, MaxTokens);
        ulong previous = 0;
        for (int i = 0; i < count; i++)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number))
            {
                previous = 0;
                continue;
            }

            ReadOnlySpan<char> word = token.Kind == TokenKind.Number ? "#num" : token.In(text);
            ulong wordHash = FeatureHash.AddLower(FeatureHash.Start(Word), word);
            features.Add(FeatureHash.Finish(wordHash));
            features.Add(FeatureHash.Finish(FeatureHash.AddLower(FeatureHash.Start(Stem), StemOf(word))));
            if (previous != 0)
            {
                features.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(Bigram), (int)FeatureHash.Finish(previous)), (int)FeatureHash.Finish(wordHash))));
            }

            previous = wordHash;
            // Gapped patterns ("hold * talks") are left out: their head words ("hold", "send") are
            // common verbs whose type depends on the object, and the model was trained without them;
            // so are derived-lexicon cues (trained after the model).
            if (token.Kind == TokenKind.Word && lexicon.TryGetLower(word, out var cues) && AnySeenInTraining(cues))
            {
                features.Add(FeatureHash.Finish(FeatureHash.AddLower(FeatureHash.Start(LexiconForm), word)));
                foreach (var cue in cues)
                {
                    if (cue.SeenInTraining)
                    {
                        features.Add(FeatureHash.Finish(FeatureHash.Add(FeatureHash.Start(LexiconType), cue.Type)));
                    }
                }
            }
        }

        return features;
    }

    private static bool AnySeenInTraining(TriggerCue[] cues)
    {
        foreach (var cue in cues)
        {
            if (cue.SeenInTraining)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips one common suffix so "attacks", "attacked", "attacking" share a feature.</summary>
    private static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> word)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
