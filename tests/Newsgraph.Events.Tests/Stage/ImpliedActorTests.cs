using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>The implied-actor rules of ActorFinder.Implied.cs (events-f1b), each on invented sentences.</summary>
public sealed class ImpliedActorTests
{
    [Fact]
    public void A_description_counted_by_a_quantity_heads_the_subject()
    {
        var docs = new TestDocuments("Thousands of farmers blockaded the Ruritania parliament on Monday.")
            .Entity("Ruritania", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        var e = Assert.Single(events);
        var doer = Assert.Single(agents, a => a.Id == Assert.Single(e.Source));
        Assert.Equal("farmers", doer.Name);
    }

    [Fact]
    public void A_description_after_a_plain_of_is_still_no_subject()
    {
        var docs = new TestDocuments("The leader of the farmers blockaded the Ruritania parliament on Monday.")
            .Entity("Ruritania", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        Assert.DoesNotContain(events, e => e.Source.Any(id => agents.Any(a => a.Id == id && a.Name.Contains("farmers", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_nationality_before_a_named_group_modifies_it()
    {
        var docs = new TestDocuments("The Sylvanian Liberation Front, however, claimed responsibility for shooting down the aircraft near Ruritania on Monday.")
            .EntityOf("SY", "Sylvanian", EntityType.Norp)
            .Entity("Liberation Front", EntityType.Org)
            .Entity("Ruritania", EntityType.Gpe);

        var assault = docs.Events().Single("ASSAULT");

        Assert.Equal("Liberation Front", assault.Source.Names(docs));
    }

    [Fact]
    public void A_nationality_before_a_common_noun_is_still_the_actor()
    {
        var docs = new TestDocuments("The Sylvanian authorities, however, claimed responsibility for shooting down the Globex aircraft on Monday.")
            .EntityOf("SY", "Sylvanian", EntityType.Norp)
            .Entity("Globex", EntityType.Org);

        var assault = docs.Events().Single("ASSAULT");

        Assert.DoesNotContain(assault.Source, id => id == "e2");
    }

    [Fact]
    public void A_place_read_as_a_protests_doer_is_its_target_and_the_protesters_do_it()
    {
        var docs = new TestDocuments("Police detained dozens of protesters outside the parliament on Sunday. The Freedonia protests have grown since June, when a new tax law was passed.")
            .Entity("Freedonia", EntityType.Gpe);

        var (events, agents) = docs.EventsWithAgents();

        var protest = events.Single("PROTEST");
        var doer = Assert.Single(agents, a => a.Id == Assert.Single(protest.Source));
        Assert.Equal("protesters", doer.Name);
        Assert.Equal("Freedonia", protest.Target.Names(docs));
    }

    [Fact]
    public void A_protest_noun_with_no_doer_in_its_sentence_stays_without_one()
    {
        // Filling it with the demonstrators described before made retellings of the article's protest events of their own.
        var docs = new TestDocuments("Riot police fired tear gas at demonstrators in the capital of Freedonia on Friday. The protests began peacefully in June.")
            .Entity("Freedonia", EntityType.Gpe);

        var events = docs.Events();

        Assert.DoesNotContain(events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Without_a_protester_description_a_place_is_never_a_protests_doer()
    {
        var docs = new TestDocuments("The Freedonia protests have grown since June, when a new tax law was passed.")
            .Entity("Freedonia", EntityType.Gpe);

        var events = docs.Events();

        Assert.DoesNotContain(events, e => e.Type == "PROTEST" && !e.Source.IsEmpty);
    }

    [Fact]
    public void The_rules_can_be_switched_off_by_name()
    {
        Assert.Contains(Actors.ActorFinder.QuantityOfRule, Actors.ActorFinder.RecallRules);
        Assert.Contains(Actors.ActorFinder.NationalityGroupRule, Actors.ActorFinder.RecallRules);
        Assert.Contains(Actors.ActorFinder.ProtestDoersRule, Actors.ActorFinder.RecallRules);
    }
}
