using Newsgraph.Training;

namespace Newsgraph.Events.Tests.Model;

public sealed class PhoenixVerbsTests
{
    [Fact]
    public void A_multi_word_verb_inflects_its_marked_word_and_keeps_the_particle()
    {
        var forms = PhoenixVerbs.FormsOf("+RULE_OUT", null).ToList();

        Assert.Contains("rule out", forms);
        Assert.Contains("ruled out", forms);
        Assert.Contains("rules out", forms);
    }

    [Fact]
    public void Listed_irregular_forms_of_a_multi_word_verb_are_used_as_written()
    {
        var forms = PhoenixVerbs.FormsOf("+ASK_FOR", "+ASKED_FOR +ASKING_FOR +ASKS_FOR").ToList();

        Assert.Equal(["ask for", "asked for", "asking for", "asks for"], forms);
    }

    [Fact]
    public void A_single_verb_with_irregular_forms_keeps_its_lemma()
    {
        Assert.Equal(["meet", "meets", "met", "meeting"], PhoenixVerbs.FormsOf("MEET", "MEETS MET MEETING"));
    }
}
