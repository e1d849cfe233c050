using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Modality;

public sealed class ModalityTests
{
    private static NewsEvent Only(string text, string type, params (string Name, EntityType Type)[] entities)
    {
        var docs = new TestDocuments(text);
        foreach (var (name, entityType) in entities)
        {
            docs.Entity(name, entityType);
        }

        return docs.Events().Single(type);
    }

    [Fact]
    public void Could_be_deployed_is_conditional() =>
        Assert.Equal(EventModality.Conditional, Only("He said the People's Liberation Army could be deployed against Hong Kong.", "MOBILIZE", ("People's Liberation Army", EntityType.Org), ("Hong Kong", EntityType.Gpe)).Modality);

    [Fact]
    public void Would_have_objected_is_hypothetical() =>
        Assert.Equal(EventModality.Hypothetical, Only("Kurt Volker said he would have rejected Ukraine opening an investigation.", "REJECT", ("Kurt Volker", EntityType.Person), ("Ukraine", EntityType.Gpe)).Modality);

    [Fact]
    public void Is_expected_to_is_expected() =>
        Assert.Equal(EventModality.Expected, Only("Kim Jong-un is expected to visit Vladimir Putin in Vladivostok.", "CONSULT", ("Kim Jong-un", EntityType.Person), ("Vladimir Putin", EntityType.Person)).Modality);

    [Fact]
    public void Plans_to_is_planned() =>
        Assert.Equal(EventModality.Planned, Only("Kim Jong-un plans to visit Vladimir Putin in Vladivostok.", "CONSULT", ("Kim Jong-un", EntityType.Person), ("Vladimir Putin", EntityType.Person)).Modality);

    [Fact]
    public void Is_investigating_is_ongoing() =>
        Assert.Equal(EventModality.Ongoing, Only("The Attorney General is investigating WeWork over its finances.", "ACCUSE", ("Attorney General", EntityType.Org), ("WeWork", EntityType.Org)).Modality);

    [Fact]
    public void A_denied_claim_makes_the_event_denied()
    {
        const string text = "Police deny accusations that they beat protesters in Hong Kong.";
        var docs = new TestDocuments(text).Entity("Police", EntityType.Org).Entity("Hong Kong", EntityType.Gpe)
            .Claim("they beat protesters in Hong Kong", ClaimStatus.Denied);

        var events = docs.Events();

        Assert.All(events, e => Assert.Equal(EventModality.Denied, e.Modality));
    }

    [Fact]
    public void A_negated_trigger_codes_no_event()
    {
        var events = new TestDocuments("The Taliban did not attack the base, and Kabul never accused them.")
            .Entity("Taliban", EntityType.Org).Entity("Kabul", EntityType.Gpe).Events();

        Assert.Empty(events);
    }

    [Fact]
    public void The_requested_action_is_left_to_the_request()
    {
        var events = new TestDocuments("Britain urged Russia to withdraw its troops from the border.")
            .Entity("United Kingdom", EntityType.Gpe, "Britain").Entity("Russia", EntityType.Gpe).Events();

        Assert.Single(events, e => e.Type == "REQUEST");
        Assert.DoesNotContain(events, e => e.Type == "RETREAT");
    }
}
