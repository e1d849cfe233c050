using Newsgraph.Events.Lexicon;

namespace Newsgraph.Events.Tests.Lexicon;

public sealed class TriggerLexiconTests
{
    [Fact]
    public void A_multi_word_dictionary_verb_becomes_a_phrase_cue_on_its_first_word()
    {
        var lexicon = new TriggerLexicon([], [("rule out", PloverTypes.IndexOf("REJECT"), 0.35f)]);

        Assert.True(lexicon.TryGet("rule", out var cues));
        var cue = Assert.Single(cues);
        Assert.Equal(["out"], cue.Following);
        Assert.Equal("REJECT", cue.TypeName);
    }

    [Fact]
    public void A_dictionary_phrase_never_shadows_a_core_word()
    {
        var lexicon = new TriggerLexicon([("meet|met|meeting|meets", "CONSULT", null, 1f)], [("meet with", PloverTypes.IndexOf("COOPERATE"), 0.35f)]);

        Assert.True(lexicon.TryGet("meet", out var cues));
        Assert.Equal("CONSULT", Assert.Single(cues).TypeName);
    }

    [Fact]
    public void A_dictionary_form_never_overrides_the_core_table()
    {
        var lexicon = new TriggerLexicon([("accuse", "ACCUSE", "allege", 1.2f)], [("accuse", PloverTypes.IndexOf("SUPPORT"), 0.35f)]);

        Assert.True(lexicon.TryGet("accuse", out var cues));
        Assert.Equal("ACCUSE", Assert.Single(cues).TypeName);
    }
}
