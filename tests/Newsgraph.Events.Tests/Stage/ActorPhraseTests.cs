using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>Actor rules beyond "nearest name before / after": shared subjects, possessives, nominal agents, means clauses.</summary>
public sealed class ActorPhraseTests
{
    [Fact]
    public void A_verb_joined_by_and_takes_the_clause_subject_not_the_nearest_name()
    {
        var docs = new TestDocuments("Vietnam is one of the most vocal critics of the claims in the South China Sea and has accused Beijing of encroaching into its waters.")
            .Entity("Vietnam", EntityType.Gpe)
            .Entity("South China Sea", EntityType.Loc)
            .Entity("Beijing", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Vietnam", accuse.Source.Names(docs));
        Assert.Equal("Beijing", accuse.Target.Names(docs));
    }

    [Fact]
    public void Names_joined_by_and_before_the_verb_stay_a_compound_subject()
    {
        var docs = new TestDocuments("Egypt and Jordan criticised the United States on Tuesday.")
            .Entity("Egypt", EntityType.Gpe)
            .Entity("Jordan", EntityType.Gpe)
            .Entity("United States", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal(["e1", "e2"], accuse.Source.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_possessive_owns_the_nominal_trigger_even_after_a_preposition()
    {
        var docs = new TestDocuments("Lawmakers questioned an aide to Vice President Mike Pence on Donald Trump's July 25 phone call with Volodymyr Zelensky.")
            .Entity("Mike Pence", EntityType.Person)
            .Entity("Donald Trump", EntityType.Person)
            .Entity("Volodymyr Zelensky", EntityType.Person);

        var consult = docs.Events().Single("CONSULT");

        Assert.Equal("Donald Trump", consult.Source.Names(docs));
        Assert.Equal("Volodymyr Zelensky", consult.Target.Names(docs));
    }

    [Fact]
    public void By_after_a_nominal_trigger_names_its_doer_and_of_its_undergoer()
    {
        var docs = new TestDocuments("Tim Morrison spoke about the illegal occupation by Russia of Crimea.")
            .Entity("Tim Morrison", EntityType.Person)
            .Entity("Russia", EntityType.Gpe)
            .Entity("Crimea", EntityType.Gpe);

        var assault = docs.Events().Single("ASSAULT");

        Assert.Equal("Russia", assault.Source.Names(docs));
        Assert.Equal("Crimea", assault.Target.Names(docs));
    }

    [Fact]
    public void By_with_a_gerund_is_a_means_not_the_agent_of_a_passive()
    {
        var docs = new TestDocuments("The Conservative Party was accused of trying to deceive voters by changing the name of its Twitter account.")
            .Entity("Conservative Party", EntityType.Org)
            .Entity("Twitter", EntityType.Org);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Empty(accuse.Source);
        Assert.Equal("Conservative Party", accuse.Target.Names(docs));
    }
}
