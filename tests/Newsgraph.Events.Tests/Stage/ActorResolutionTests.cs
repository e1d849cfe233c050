using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>Actors that are not the nearest name: titles, government bodies, descriptions, relative and object pronouns, patient nouns.</summary>
public sealed class ActorResolutionTests
{
    [Fact]
    public void A_countrys_title_is_the_person_named_with_that_title_elsewhere()
    {
        var docs = new TestDocuments("Ukrainian President Volodymyr Zelensky spoke on Monday. Later, Donald Trump urged the Ukrainian president to investigate Joe Biden.")
            .EntityOf("UA", "Ukrainian", EntityType.Norp)
            .Entity("Volodymyr Zelensky", EntityType.Person)
            .Entity("Donald Trump", EntityType.Person)
            .Entity("Joe Biden", EntityType.Person);

        var request = docs.Events().Single("REQUEST");

        Assert.Equal("Donald Trump", request.Source.Names(docs));
        Assert.Equal("Volodymyr Zelensky", request.Target.Names(docs));
    }

    [Fact]
    public void A_possessive_title_subject_is_the_titled_person_not_the_country()
    {
        var docs = new TestDocuments("China's ambassador to Britain Liu Xiaoming spoke on Sunday. China's ambassador to Britain accused the UK of meddling.")
            .EntityOf("CN", "China", EntityType.Gpe)
            .EntityOf("GB", "United Kingdom", EntityType.Gpe, "Britain", "UK")
            .Entity("Liu Xiaoming", EntityType.Person);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Liu Xiaoming", accuse.Source.Names(docs));
        Assert.Equal("United Kingdom", accuse.Target.Names(docs));
    }

    [Fact]
    public void A_nationalitys_government_acts_for_its_country()
    {
        var docs = new TestDocuments("Hours earlier the Afghan government freed three Taliban prisoners in Afghanistan.")
            .EntityOf("AF", "Afghan", EntityType.Norp)
            .Entity("Taliban", EntityType.Org)
            .EntityOf("AF", "Afghanistan", EntityType.Gpe);

        var freed = Assert.Single(docs.Events());

        Assert.Equal("Afghanistan", freed.Source.Names(docs));
    }

    [Fact]
    public void A_place_describing_an_unnamed_person_is_not_the_actor_the_next_sentences_subject_is()
    {
        var docs = new TestDocuments("A New York man pleaded guilty to charges on Monday.\n\nPatrick Carlineo, 55, could face up to 10 years in prison.")
            .EntityOf("US", "New York", EntityType.Gpe)
            .Entity("Patrick Carlineo", EntityType.Person);

        var plea = docs.Events().Single("CONCEDE");

        Assert.Equal("Patrick Carlineo", plea.Source.Names(docs));
    }

    [Fact]
    public void A_relative_pronoun_takes_its_antecedent_as_the_subject()
    {
        var docs = new TestDocuments("Ghani hoped for talks between his government and the Taliban, who have long refused to negotiate with Kabul.")
            .Entity("Ghani", EntityType.Person)
            .Entity("Taliban", EntityType.Org)
            .Entity("Afghanistan", EntityType.Gpe, "Kabul");

        var refusal = docs.Events().Single("REJECT");

        Assert.Equal("Taliban", refusal.Source.Names(docs));
        Assert.Equal("Afghanistan", refusal.Target.Names(docs));
    }

    [Fact]
    public void An_object_pronoun_is_the_last_person_named_other_than_the_subject()
    {
        var docs = new TestDocuments("Donald Trump claimed victory as the House of Representatives accused him of abusing his office.")
            .Entity("Donald Trump", EntityType.Person)
            .Entity("House of Representatives", EntityType.Org);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("House of Representatives", accuse.Source.Names(docs));
        Assert.Equal("Donald Trump", accuse.Target.Names(docs));
    }

    [Fact]
    public void The_possessor_of_a_patient_noun_undergoes_the_event()
    {
        var docs = new TestDocuments("Michael Webb pleaded guilty in June. Webb's sentencing is scheduled for February.")
            .Entity("Michael Webb", EntityType.Person, "Michael Webb", "Webb");

        var sentencing = docs.Events().Single(e => e.Trigger.Start == docs.Text.IndexOf("sentencing", StringComparison.Ordinal));

        Assert.Empty(sentencing.Source);
        Assert.Equal("Michael Webb", sentencing.Target.Names(docs));
    }

    [Fact]
    public void Deployed_forces_without_an_agent_are_the_source_of_the_mobilisation()
    {
        var docs = new TestDocuments("Liu said that the People's Liberation Army could be deployed in Hong Kong.")
            .Entity("Liu", EntityType.Person)
            .Entity("People's Liberation Army", EntityType.Org)
            .Entity("Hong Kong", EntityType.Gpe);

        var mobilize = docs.Events().Single("MOBILIZE");

        Assert.Equal("People's Liberation Army", mobilize.Source.Names(docs));
        Assert.Empty(mobilize.Target);
    }
}
