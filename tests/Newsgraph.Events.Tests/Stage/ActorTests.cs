using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

public sealed class ActorTests
{
    [Fact]
    public void Subject_before_the_trigger_is_the_source_and_object_after_it_the_target()
    {
        var docs = new TestDocuments("U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion against smaller nations.")
            .Entity("United States", EntityType.Gpe, "U.S.")
            .Entity("Mark Esper", EntityType.Person)
            .Entity("China", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Mark Esper", accuse.Source.Names(docs));
        Assert.Equal("China", accuse.Target.Names(docs));
        Assert.Equal(EventModality.Occurred, accuse.Modality);
    }

    [Fact]
    public void Passive_with_by_swaps_source_and_target_and_a_place_after_in_is_the_place()
    {
        var docs = new TestDocuments("Kevin King was abducted by the Taliban in Kabul in August 2016.")
            .Entity("Kevin King", EntityType.Person)
            .Entity("Taliban", EntityType.Org)
            .Entity("Kabul", EntityType.Gpe);

        var assault = docs.Events().Single("ASSAULT");

        Assert.Equal("Taliban", assault.Source.Names(docs));
        Assert.Equal("Kevin King", assault.Target.Names(docs));
        Assert.Equal("e3", assault.Place);
    }

    [Fact]
    public void Names_joined_by_and_form_a_compound_source()
    {
        var docs = new TestDocuments("Egypt and Jordan sharply criticised the United States over the decision.")
            .Entity("Egypt", EntityType.Gpe)
            .Entity("Jordan", EntityType.Gpe)
            .Entity("United States", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal(["e1", "e2"], accuse.Source.Order(StringComparer.Ordinal));
        Assert.Equal("United States", accuse.Target.Names(docs));
    }

    [Fact]
    public void The_source_of_a_trailing_attribution_is_no_target()
    {
        var docs = new TestDocuments("Egypt sharply criticised Jordan, the Daily Herald reported on Friday.")
            .Entity("Egypt", EntityType.Gpe)
            .Entity("Jordan", EntityType.Gpe)
            .Entity("Daily Herald", EntityType.Org);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Jordan", accuse.Target.Names(docs));
    }

    [Fact]
    public void A_later_definite_retelling_without_a_doer_gives_the_event_its_place()
    {
        var docs = new TestDocuments("Ruto will meet Museveni next month. The meeting between the two leaders is expected to be held in Mombasa.")
            .Entity("Ruto", EntityType.Person)
            .Entity("Museveni", EntityType.Person)
            .Entity("Mombasa", EntityType.Gpe);

        var consult = docs.Events().Single("CONSULT");

        Assert.Equal("Ruto", consult.Source.Names(docs));
        Assert.Equal("e3", consult.Place);
    }

    [Fact]
    public void A_same_kind_nominal_far_later_gives_no_place()
    {
        var docs = new TestDocuments(
            "Ruto will meet Museveni next month. Markets rose on Monday. Exports fell. Prices held. Rain fell in the west. " +
            "The meeting of the committee will be held in Mombasa.")
            .Entity("Ruto", EntityType.Person)
            .Entity("Museveni", EntityType.Person)
            .Entity("Mombasa", EntityType.Gpe);

        var consult = docs.Events().Single("CONSULT");

        Assert.Null(consult.Place);
    }

    [Fact]
    public void He_stands_for_the_last_person_named()
    {
        var docs = new TestDocuments("Mark Esper arrived in Hanoi on Tuesday. He urged Vietnam to push back against China.")
            .Entity("Mark Esper", EntityType.Person)
            .Entity("Hanoi", EntityType.Gpe)
            .Entity("Vietnam", EntityType.Gpe)
            .Entity("China", EntityType.Gpe);

        var request = docs.Events().Single("REQUEST");

        Assert.Equal("Mark Esper", request.Source.Names(docs));
        Assert.Equal("Vietnam", request.Target.Names(docs));
    }

    [Fact]
    public void Without_an_entity_layer_events_are_still_coded_with_described_actors_only()
    {
        var events = new TestDocuments("The rebels attacked the convoy and then released the hostages.").Events(withEntities: false);

        // No named actors without entities; "the rebels" is a described actor (an AGENT, id "a…").
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.All(events, e => Assert.All(e.Source.Concat(e.Target), id => Assert.StartsWith("a", id, StringComparison.Ordinal)));
    }
}
