using Newsgraph.Events.Candidates;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Language.Tokens;
using Newsgraph.TestSupport;
using Newsgraph.Training;

namespace Newsgraph.Events.Tests.Lexicon;

public sealed class DerivedTriggersTests
{
    private static readonly (string, string, string?, float)[] Protest = [("protest", "PROTEST", null, 1f)];

    [Fact]
    public void A_derived_phrase_on_inflected_words_wins_over_the_trigger_it_covers()
    {
        var lexicon = new TriggerLexicon(Protest, [], [new DerivedTrigger("suspend protest", PloverTypes.IndexOf("CONCEDE"), 0.7f)]);
        const string text = "The opposition suspended protests on Monday.";
        var tokens = Tokenizer.Tokenize(text);

        var match = Assert.Single(TriggerMatcher.Find(text, tokens, 0, tokens.Length, lexicon));

        Assert.Equal("CONCEDE", Assert.Single(match.Cues).TypeName);
        Assert.Equal("suspended protests", text[tokens[match.Start].Start..tokens[match.End - 1].End]);
    }

    [Fact]
    public void A_gapped_derived_pattern_skips_words_between_verb_and_object()
    {
        var lexicon = new TriggerLexicon([], [], [new DerivedTrigger("sign * package", PloverTypes.IndexOf("AID"), 0.7f)]);
        const string text = "They signed a large aid package.";
        var tokens = Tokenizer.Tokenize(text);

        var match = Assert.Single(TriggerMatcher.Find(text, tokens, 0, tokens.Length, lexicon));

        Assert.Equal("AID", Assert.Single(match.Cues).TypeName);
    }

    [Fact]
    public void The_classifier_features_ignore_derived_cues()
    {
        // The model was trained before the derived lexicon existed: its inputs must not change.
        var without = new TriggerLexicon(Protest, []);
        var with = new TriggerLexicon(Protest, [], [new DerivedTrigger("suspend protest", PloverTypes.IndexOf("CONCEDE"), 0.7f), new DerivedTrigger("protest", PloverTypes.IndexOf("CONCEDE"), 0.7f)]);
        const string text = "The opposition suspended protests.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(EventFeatures.Extract(text, tokens.AsSpan(), without), EventFeatures.Extract(text, tokens.AsSpan(), with));
    }

    [Fact]
    public void A_malformed_line_is_a_clear_error()
    {
        Assert.Throws<InvalidDataException>(() => DerivedTriggers.Read(new StringReader("suspend protest\tNOT_A_TYPE\t0.7\n")));
        Assert.Throws<InvalidDataException>(() => DerivedTriggers.Read(new StringReader("suspend protest\tCONCEDE\tNaN\n")));
        Assert.Throws<InvalidDataException>(() => DerivedTriggers.Read(new StringReader("suspend protest\n")));
    }

    [Fact]
    public void Lemmas_are_words_whose_inflections_include_the_form()
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal) { "vote", "ban", "decline" };

        Assert.Equal("decline", EventLexiconBuilder.Lemma("declines", vocabulary));
        Assert.Equal("vote", EventLexiconBuilder.Lemma("voted", vocabulary));
        Assert.Equal("ban", EventLexiconBuilder.Lemma("banned", vocabulary));
        Assert.Equal("suspend", EventLexiconBuilder.Lemma("suspends", vocabulary));
        Assert.Equal("ceasefire", EventLexiconBuilder.Lemma("ceasefire", vocabulary));
    }

    /// <summary>The builder is deterministic and its output is a file the loader reads (the file itself is not committed: it lost in cross-validation).</summary>
    [Fact]
    public void The_builder_output_is_deterministic_and_parses()
    {
        if (RepoPaths.Shared is null)
        {
            return;
        }

        var units = EventLexiconBuilder.Units(RepoPaths.Shared, _ => true);
        var baseLexicon = EventLexiconBuilder.BaseLexicon(RepoPaths.Shared);
        string first = EventLexiconBuilder.Format(EventLexiconBuilder.Derive(units, baseLexicon, LexiconOptions.Chosen), LexiconOptions.Chosen);
        string second = EventLexiconBuilder.Format(EventLexiconBuilder.Derive(units, baseLexicon, LexiconOptions.Chosen), LexiconOptions.Chosen);
        var entries = DerivedTriggers.Read(new StringReader(first));

        Assert.Equal(first, second);
        Assert.True(entries.Count > 20, $"{entries.Count} derived entries");
        Assert.All(entries, e => Assert.InRange(e.Weight, 0.1f, 1.5f));
    }
}
