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

    [Theory]
    [InlineData("The company withdrew its filing shortly after Nadia Petrova stepped down as chief executive.", "RETREAT")]
    [InlineData("The border reopened on Friday, two days after Ruritania has freed five prisoners.", "RETREAT")]
    [InlineData("Markets fell sharply before Ruritania abruptly invaded its neighbour.", "ASSAULT")]
    public void A_name_after_a_subordinating_preposition_is_the_subject_of_its_verb(string text, string type)
    {
        var docs = new TestDocuments(text)
            .Entity("Nadia Petrova", EntityType.Person)
            .Entity("Ruritania", EntityType.Gpe);

        var e = docs.Events().Single(type);

        Assert.Contains(e.Source.Names(docs), new[] { "Nadia Petrova", "Ruritania" });
    }

    [Fact]
    public void A_nationality_government_after_a_subordinating_preposition_is_its_country()
    {
        var docs = new TestDocuments("The two hostages were flown out hours after the Ruritanian government freed three rebel commanders.")
            .EntityOf("RU", "Ruritania", EntityType.Gpe)
            .EntityOf("RU", "Ruritanian", EntityType.Norp);

        var retreat = docs.Events().Single("RETREAT");

        Assert.Equal("Ruritania", retreat.Source.Names(docs));
    }

    [Fact]
    public void A_name_after_a_preposition_with_no_verb_following_stays_a_prepositional_object()
    {
        var docs = new TestDocuments("Nadia Petrova criticised the plan after Ruritania's talks collapsed.")
            .Entity("Nadia Petrova", EntityType.Person)
            .Entity("Ruritania", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Nadia Petrova", accuse.Source.Names(docs));
    }

    [Fact]
    public void A_parenthesis_between_subject_and_verb_is_skipped()
    {
        var docs = new TestDocuments("Senator Tom Baxter (D) condemned the ruling on Monday.")
            .Entity("Tom Baxter", EntityType.Person);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Tom Baxter", accuse.Source.Names(docs));
    }

    [Theory]
    [InlineData("The Ruritanian foreign ministry said it condemned the arrests of journalists.")]
    [InlineData("The Ruritanian foreign ministry said that it condemned the arrests of journalists.")]
    public void It_after_a_reporting_verb_is_the_reporting_subject(string text)
    {
        var docs = new TestDocuments(text)
            .EntityOf("RU", "Ruritania", EntityType.Gpe, "Ruritania")
            .EntityOf("RU", "Ruritanian", EntityType.Norp);

        var accuse = docs.Events().Single("ACCUSE");

        // "the Ruritanian foreign ministry" acts for its country.
        Assert.Equal("Ruritania", accuse.Source.Names(docs));
    }

    [Fact]
    public void The_country_as_object_is_the_last_country_named_other_than_the_subject()
    {
        var docs = new TestDocuments("Some 2,000 soldiers remain in Ruritania. Twenty years ago Freedonia invaded the country.")
            .Entity("Ruritania", EntityType.Gpe)
            .Entity("Freedonia", EntityType.Gpe)
            .Place("e1", "PCLI")
            .Place("e2", "PCLI");

        var assault = docs.Events().Single("ASSAULT");

        Assert.Equal("Freedonia", assault.Source.Names(docs));
        Assert.Equal("Ruritania", assault.Target.Names(docs));
    }

    [Fact]
    public void The_country_is_not_a_city_the_places_stage_did_not_resolve_as_a_country()
    {
        var docs = new TestDocuments("Protests spread in Springfield. Freedonia invaded the country.")
            .Entity("Springfield", EntityType.Gpe)
            .Entity("Freedonia", EntityType.Gpe)
            .Place("e1", "PPLA")
            .Place("e2", "PCLI");

        var assault = docs.Events().Single("ASSAULT");

        Assert.Empty(assault.Target);
    }

    [Fact]
    public void The_giver_after_from_is_the_source_and_the_receiver_the_target()
    {
        var docs = new TestDocuments("Acme Corp received emergency aid from Ruritania on Monday.")
            .Entity("Acme Corp", EntityType.Org)
            .Entity("Ruritania", EntityType.Gpe);

        var aid = docs.Events().Single("AID");

        Assert.Equal("Ruritania", aid.Source.Names(docs));
        Assert.Equal("Acme Corp", aid.Target.Names(docs));
    }

    [Fact]
    public void A_sentence_opening_gerund_of_receiving_takes_the_subject_after_the_comma()
    {
        var docs = new TestDocuments("After receiving a lifeline from investor Globex worth up to $2 billion, Acme Corp is now cutting costs.")
            .Entity("Globex", EntityType.Org)
            .Entity("Acme Corp", EntityType.Org);

        var aid = docs.Events().Single("AID");

        Assert.Equal("Globex", aid.Source.Names(docs));
        Assert.Equal("Acme Corp", aid.Target.Names(docs));
    }

    [Fact]
    public void A_plural_nationality_acting_as_a_party_is_its_country()
    {
        var docs = new TestDocuments("Ruritania asked for help. Anna Weiss first discussed the delay with the Ruritanians in August.")
            .EntityOf("RU", "Ruritania", EntityType.Gpe)
            .EntityOf("RU", "Ruritanian", EntityType.Norp, "Ruritanians")
            .Entity("Anna Weiss", EntityType.Person)
            .Place("e1", "PCLI");

        var consult = docs.Events().Single("CONSULT");

        Assert.Equal("Ruritania", consult.Target.Names(docs));
    }

    [Theory]
    [InlineData("Anna Weiss said she had no knowledge of any efforts to urge Ruritania to open an inquiry.", "REQUEST")]
    [InlineData("Anna Weiss said she was not on the July 25 phone call with Ruritania.", "CONSULT")]
    public void An_event_under_negation_or_negative_polarity_is_not_coded(string text, string type)
    {
        var docs = new TestDocuments(text)
            .Entity("Anna Weiss", EntityType.Person)
            .Entity("Ruritania", EntityType.Gpe);

        Assert.DoesNotContain(docs.Events(), e => e.Type == type);
    }
}
