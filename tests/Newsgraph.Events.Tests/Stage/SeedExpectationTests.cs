using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>The seed article's events (issue 5) that depend only on this stage, with hand-built layers.</summary>
public sealed class SeedExpectationTests
{
    [Fact]
    public void Kim_will_meet_Putin_is_a_planned_consult_with_its_time()
    {
        var docs = new TestDocuments("North Korea’s Kim Jong-un will reportedly meet with Russian president Vladimir Putin next week as Russia seeks more weapons, the New York Times reported Monday.")
            .Entity("North Korea", EntityType.Gpe)
            .Entity("Kim Jong-un", EntityType.Person)
            .Entity("Vladimir Putin", EntityType.Person)
            .Entity("Russia", EntityType.Gpe)
            .Entity("New York Times", EntityType.Org)
            .Time("next week", "2023-W37")
            .Claim("North Korea’s Kim Jong-un will reportedly meet with Russian president Vladimir Putin next week as Russia seeks more weapons", ClaimStatus.Reported);

        var consult = docs.Events().Single("CONSULT");

        Assert.Equal(EventModality.Planned, consult.Modality);
        Assert.Equal("Kim Jong-un", consult.Source.Names(docs));
        Assert.Equal("Vladimir Putin", consult.Target.Names(docs));
        Assert.Equal("t1", consult.Time);
        Assert.Equal("c1", consult.Claim);
    }

    [Fact]
    public void Supplying_arms_in_exchange_for_technology_is_conditional()
    {
        var docs = new TestDocuments("North Korea would supply artillery shells and antitank missiles to Russia in exchange for advanced technology and food aid.")
            .Entity("North Korea", EntityType.Gpe)
            .Entity("Russia", EntityType.Gpe);

        var events = docs.Events();

        var aid = Assert.Single(events, e => e.Type is "AID" or "COOPERATE");
        Assert.Equal(EventModality.Conditional, aid.Modality);
        Assert.Equal("North Korea", aid.Source.Names(docs));
        Assert.Equal("Russia", aid.Target.Names(docs));
    }

    [Fact]
    public void Kim_requesting_technology_if_talks_go_well_is_a_conditional_request()
    {
        var docs = new TestDocuments("Kim will request Russian satellite and nuclear-powered submarine technology if the weapons talks go well.")
            .Entity("Kim Jong-un", EntityType.Person, "Kim")
            .Entity("Russian", EntityType.Norp);

        var request = docs.Events().Single("REQUEST");

        Assert.Equal(EventModality.Conditional, request.Modality);
        Assert.Equal("Kim Jong-un", request.Source.Names(docs));
    }

    [Fact]
    public void We_urge_in_a_quote_is_a_request_by_the_speaker()
    {
        const string text = "“We urge the Democratic People’s Republic of Korea to cease its arms negotiations with Russia,” National Security Council spokeswoman Adrienne Watson said in a statement.";
        var docs = new TestDocuments(text)
            .Entity("North Korea", EntityType.Gpe, "Democratic People’s Republic of Korea")
            .Entity("Russia", EntityType.Gpe)
            .Entity("National Security Council", EntityType.Org)
            .Entity("Adrienne Watson", EntityType.Person)
            .Quote("We urge the Democratic People’s Republic of Korea to cease its arms negotiations with Russia,", "e4");

        var request = docs.Events().Single("REQUEST");

        Assert.Equal("Adrienne Watson", request.Source.Names(docs));
        Assert.Equal("North Korea", request.Target.Names(docs));
    }

    [Fact]
    public void Haley_criticising_Biden_and_Trump_is_an_accusation_of_both()
    {
        var docs = new TestDocuments("Following the news, Republican presidential candidate Nikki Haley criticized President Joe Biden’s weakness and former President Donald Trump’s friendliness toward Kim and Putin.")
            .Entity("Nikki Haley", EntityType.Person)
            .Entity("Joe Biden", EntityType.Person)
            .Entity("Donald Trump", EntityType.Person)
            .Entity("Kim Jong-un", EntityType.Person, "Kim")
            .Entity("Vladimir Putin", EntityType.Person, "Putin");

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Nikki Haley", accuse.Source.Names(docs));
        Assert.Equal("Joe Biden; Donald Trump", accuse.Target.Names(docs));
    }
}
