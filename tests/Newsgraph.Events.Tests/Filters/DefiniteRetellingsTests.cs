using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Filters;

/// <summary>"the meeting with Uganda" after a meeting with Uganda is that meeting told again (Filters/DefiniteRetellings).</summary>
public sealed class DefiniteRetellingsTests
{
    private static TestDocuments Docs(string text) =>
        new TestDocuments(text).Entity("Kenya", EntityType.Gpe).Entity("Uganda", EntityType.Gpe).Entity("Rwanda", EntityType.Gpe);

    [Fact]
    public void A_definite_mention_sharing_an_actor_with_an_earlier_event_is_a_retelling()
    {
        var events = Docs("Kenya met Uganda on Monday in Nairobi. Rwanda attended the meeting with Uganda on Tuesday.").Events();

        Assert.Single(events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void An_indefinite_mention_is_another_event()
    {
        var events = Docs("Kenya met Uganda on Monday in Nairobi. Rwanda held a meeting with Uganda on Tuesday.").Events();

        Assert.Equal(2, events.Count(e => e.Type == "CONSULT"));
    }

    [Theory]
    [InlineData("the release", 1, true)]
    [InlineData("The call", 1, true)]
    [InlineData("a release", 1, false)]
    [InlineData("breathe release", 1, false)]
    [InlineData("release", 0, false)]
    public void Definite_means_the_word_the_right_before(string text, int triggerToken, bool definite)
    {
        var tokens = Newsgraph.Language.Tokens.Tokenizer.Tokenize(text);

        Assert.Equal(definite, Newsgraph.Events.Filters.DefiniteRetellings.IsDefinite(new Newsgraph.Events.Candidates.LowerWords(text, tokens), triggerToken));
    }
}
