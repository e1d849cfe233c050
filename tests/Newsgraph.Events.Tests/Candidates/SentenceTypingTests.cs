using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.Training;

namespace Newsgraph.Events.Tests.Candidates;

/// <summary>
/// The stage's sentence decision (<see cref="Events.Candidates.SentenceTyping"/>, which the type
/// benches share) on the PLOVER manual's own definitions and examples; none of these sentences is
/// in any training or tuning material.
/// </summary>
public sealed class SentenceTypingTests
{
    private static string Decide(string sentence)
    {
        var model = EventModelFile.LoadEmbedded()!;
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers);
        return PloverTypes.All[EventScores.Decide(model, lexicon, sentence)];
    }

    [Theory]
    [InlineData("The president apologized for the massacre.")]
    [InlineData("The government expressed regret over the killings.")]
    public void Regret_and_apology_are_concessions(string sentence) =>
        Assert.Equal("CONCEDE", Decide(sentence));

    [Theory]
    [InlineData("Germany lauds France's climate policy.")]
    [InlineData("Kenya expressed solidarity with Somalia.")]
    [InlineData("The president granted diplomatic recognition to Kosovo.")]
    [InlineData("Samoa and Sudan improve diplomatic cooperation.")]
    public void Verbal_and_diplomatic_support_is_support(string sentence) =>
        Assert.Equal("SUPPORT", Decide(sentence));

    [Fact]
    public void A_promise_to_sign_an_agreement_is_an_agreement() =>
        Assert.Equal("AGREE", Decide("Russia and the United States will sign an agreement limiting certain kinds of weapons."));

    [Theory]
    [InlineData("The navy blockaded the port of Hodeidah.", "COERCE")]
    [InlineData("Police blockaded the protest camp.", "COERCE")]
    [InlineData("Protesters blockaded the main highway into the capital.", "PROTEST")]
    public void A_blockade_is_coercion_unless_protesters_impose_it(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Theory]
    [InlineData("Insurgents suspend attacks during Ramadan.")]
    [InlineData("Rebels pause attacks ahead of talks.")]
    [InlineData("Hostilities temporarily stop in the north.")]
    public void Stopping_violence_is_a_retreat(string sentence) =>
        Assert.Equal("RETREAT", Decide(sentence));

    // The manual's CONCEDE: "declarations (but not implementations) of ceasefires".
    [Theory]
    [InlineData("Hamas announced a cessation of attacks.")]
    [InlineData("Militants announced a halt to attacks in the north.")]
    [InlineData("The rebels proclaimed a truce on Sunday.")]
    public void Declaring_a_stop_to_violence_is_a_concession(string sentence) =>
        Assert.Equal("CONCEDE", Decide(sentence));

    // An announced release or withdrawal reports the act; only a future one is CONCEDE ("announced … would withdraw").
    [Theory]
    [InlineData("The government announced the release of 40 prisoners.")]
    [InlineData("The army announced its withdrawal from the border towns.")]
    public void An_announced_release_or_withdrawal_stays_a_retreat(string sentence) =>
        Assert.Equal("RETREAT", Decide(sentence));

    [Theory]
    [InlineData("Protesters stop traffic on the bridge.", "PROTEST")]
    [InlineData("The premier quit on Friday.", "RETREAT")]
    [InlineData("The rebels quit the peace talks.", "SANCTION")]
    [InlineData("The president quit after bribery allegations.", "RETREAT")]
    [InlineData("The minister resigned amid corruption charges.", "RETREAT")]
    [InlineData("Their release came hours after the Afghan government freed three Taliban prisoners.", "RETREAT")]
    public void A_trailing_noun_phrase_is_background_and_quit_is_a_resignation(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Theory]
    [InlineData("Jailed opposition leader begins hunger strike.", "PROTEST")]
    [InlineData("Kenya: Arrested reporter calls for a fair trial.", "REQUEST")]
    public void A_sentence_opening_participle_is_a_modifier(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Theory]
    [InlineData("The town was blockaded by government troops.", "COERCE")]
    [InlineData("Army troops blockaded the rebel-held town.", "COERCE")]
    [InlineData("Qatar brokered a ceasefire between the two sides.", "CONSULT")]
    [InlineData("The militia laid down its arms under a disarmament agreement.", "RETREAT")]
    [InlineData("Meetings between the two delegations began in Geneva.", "CONSULT")]
    [InlineData("Beijing cancelled its meetings with the Dutch delegation.", "SANCTION")]
    [InlineData("The president abruptly cancelled the peace talks with the rebels.", "REJECT")]
    [InlineData("A shipment of medical supplies arrived in Gaza on Tuesday.", "AID")]
    [InlineData("UN observers arrived in the disputed region.", "RETREAT")]
    [InlineData("The Chinese foreign minister arrived in Moscow for talks.", "CONSULT")]
    public void Blockades_by_forces_mediation_and_disarmament(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Fact]
    public void A_fronted_scene_setting_phrase_is_not_the_event() =>
        Assert.Equal("RETREAT", Decide("After three years of negotiation, the rebel group released the hostages."));

    [Theory]
    [InlineData("Police in Barcelona freed 10 human trafficking victims during an operation yesterday.", "AID")]
    [InlineData("Pakistan's military rescued 10 hostages from the border region with Afghanistan yesterday.", "AID")]
    [InlineData("Troops freed 20 hostages held by the militants.", "AID")]
    [InlineData("The hostages were freed by police after a raid.", "AID")]
    [InlineData("The rebels freed 10 hostages.", "RETREAT")]
    [InlineData("Kidnappers freed the victims after a ransom was paid.", "RETREAT")]
    [InlineData("The government freed 50 political prisoners.", "RETREAT")]
    public void A_rescue_is_aid_and_captors_freeing_captives_a_retreat(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));

    [Theory]
    [InlineData("Russia summoned the British ambassador to protest the sanctions.")]
    [InlineData("China summoned the US ambassador over the arms sale.")]
    [InlineData("The foreign ministry summoned the Iranian envoy to lodge a protest.")]
    [InlineData("The German ambassador was summoned to the foreign ministry.")]
    public void Summoning_an_ambassador_is_a_diplomatic_protest(string sentence) =>
        Assert.Equal("ACCUSE", Decide(sentence));

    [Theory]
    [InlineData("China lodged a formal protest with Japan over the visit.", "ACCUSE")]
    [InlineData("The foreign ministry filed a diplomatic protest with Moscow.", "ACCUSE")]
    [InlineData("Seoul protested to Tokyo over the textbook.", "ACCUSE")]
    [InlineData("Thousands protested in the capital against the new law.", "PROTEST")]
    [InlineData("Workers marched in protest to the new pension rules.", "PROTEST")]
    public void A_diplomatic_protest_is_an_accusation(string sentence, string type) =>
        Assert.Equal(type, Decide(sentence));
}
