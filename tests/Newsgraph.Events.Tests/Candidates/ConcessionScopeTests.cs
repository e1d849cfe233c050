using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Training;

namespace Newsgraph.Events.Tests.Candidates;

public sealed class ConcessionScopeTests
{
    private static string Decide(string sentence)
    {
        var model = EventModelFile.LoadEmbedded()!;
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
        return PloverTypes.All[EventScores.Decide(model, lexicon, sentence)];
    }

    [Theory]
    [InlineData("The teachers' union called off its strike on Tuesday.", "CONCEDE")]
    [InlineData("Opposition leaders suspended their protests for a week.", "CONCEDE")]
    [InlineData("The night-time curfew was lifted in the port city.", "CONCEDE")]
    [InlineData("The government agreed to ease restrictions on foreign journalists.", "CONCEDE")]
    [InlineData("The ministry gave in to the strikers' demands.", "CONCEDE")]
    public void Stopping_a_protest_or_a_restriction_is_a_concession(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Fact]
    public void A_promised_or_declared_retreat_is_a_concession() =>
        Assert.Equal("CONCEDE", Decide("The rebels will withdraw their fighters from the northern towns."));

    [Fact]
    public void A_refusal_to_stop_stays_a_refusal() =>
        Assert.Equal("REJECT", Decide("The opposition refused to end its boycott of parliament."));

    [Fact]
    public void Protesters_acted_on_are_the_target_of_the_act() =>
        Assert.NotEqual("PROTEST", Decide("Police arrested dozens of protesters outside the parliament building."));

    [Fact]
    public void A_call_for_a_strike_is_not_a_concession() =>
        Assert.NotEqual("CONCEDE", Decide("Unions called for a general strike next month."));
}
