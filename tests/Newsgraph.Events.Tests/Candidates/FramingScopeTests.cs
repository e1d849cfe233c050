using Newsgraph.Core.Documents;
using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Training;

namespace Newsgraph.Events.Tests.Candidates;

public sealed class FramingScopeTests
{
    private static string Decide(string sentence)
    {
        var model = EventModelFile.LoadEmbedded()!;
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
        return PloverTypes.All[EventScores.Decide(model, lexicon, sentence)];
    }

    [Theory]
    [InlineData("Iran demanded the release of the detained sailors.", "REQUEST")]
    [InlineData("The European Union threatened to impose sanctions on Belarus.", "THREATEN")]
    [InlineData("The opposition refused to end its boycott of parliament.", "REJECT")]
    [InlineData("Prosecutors accused the general of ordering the killing of protesters.", "ACCUSE")]
    public void A_verbal_act_codes_the_act_not_the_event_it_names(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Fact]
    public void A_promised_withdrawal_is_a_concession_not_an_agreement() =>
        Assert.Equal("CONCEDE", Decide("Russia promised to withdraw its troops from the border."));

    [Fact]
    public void The_stage_keeps_the_act_as_the_sentence_first_event()
    {
        var docs = new TestDocuments("Iran demanded the release of the detained sailors.")
            .Entity("Iran", EntityType.Gpe);

        var events = docs.Events();

        Assert.Equal("REQUEST", events[0].Type);
        Assert.Equal("Iran", events[0].Source.Names(docs));
    }

    [Fact]
    public void A_new_clause_ends_the_act_scope()
    {
        var docs = new TestDocuments("The minister condemned the bombing, which killed five people.");

        var events = docs.Events(withEntities: false);

        Assert.Contains(events, e => e.Type == "ASSAULT");
    }
}
