using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Stage;

/// <summary>The recall actor rules (ActorFinder.Recall.cs), each on invented sentences.</summary>
public sealed class RecallActorTests
{
    [Fact]
    public void A_relative_aside_between_dashes_is_skipped_to_the_subject()
    {
        var docs = new TestDocuments("The Farmers Union - which represents growers in the north and has opposed the reform - called on Ruritania to hold new elections.")
            .Entity("Farmers Union", EntityType.Org)
            .Entity("Ruritania", EntityType.Gpe);

        var request = docs.Events().Single("REQUEST");

        Assert.Equal("Farmers Union", request.Source.Names(docs));
    }

    [Fact]
    public void An_apposition_of_names_between_dashes_is_the_subject()
    {
        var docs = new TestDocuments("The two states bordering Ruritania - Freedonia and Sylvania - sharply criticised Ruritania on Monday.")
            .Entity("Ruritania", EntityType.Gpe)
            .Entity("Freedonia", EntityType.Gpe)
            .Entity("Sylvania", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal(["e2", "e3"], accuse.Source.Order(StringComparer.Ordinal));
        Assert.Equal("Ruritania", accuse.Target.Names(docs));
    }

    [Fact]
    public void A_quotation_opening_at_the_trigger_does_not_hide_the_subject()
    {
        var docs = new TestDocuments("Globex said it \"condemns\" the decision by Initech.")
            .Entity("Globex", EntityType.Org)
            .Entity("Initech", EntityType.Org);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Globex", accuse.Source.Names(docs));
        Assert.Equal("Initech", accuse.Target.Names(docs));
    }

    [Fact]
    public void The_body_as_object_is_the_organisation_last_named()
    {
        var docs = new TestDocuments("The Northern League issued a statement on Monday. Sylvania called for an emergency meeting of the body.")
            .Entity("Northern League", EntityType.Org)
            .Entity("Sylvania", EntityType.Gpe);

        var request = docs.Events().Single("REQUEST");

        Assert.Equal("Sylvania", request.Source.Names(docs));
        Assert.Equal("Northern League", request.Target.Names(docs));
    }

    [Theory]
    [InlineData("Globex is the subject of a Federal Trade Commission inquiry into its pricing.")]
    [InlineData("Globex faces a Federal Trade Commission investigation over its pricing.")]
    public void The_subject_of_a_frame_undergoes_the_nominal_event_its_modifier_does(string text)
    {
        var docs = new TestDocuments(text)
            .Entity("Globex", EntityType.Org)
            .Entity("Federal Trade Commission", EntityType.Org);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Federal Trade Commission", accuse.Source.Names(docs));
        Assert.Equal("Globex", accuse.Target.Names(docs));
    }

    [Fact]
    public void It_as_the_subject_of_a_subordinate_clause_is_the_main_clause_subject()
    {
        var docs = new TestDocuments("The Green Party faced a backlash on Monday because it had accused Jane Doe of lying.")
            .Entity("Green Party", EntityType.Org)
            .Entity("Jane Doe", EntityType.Person);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Green Party", accuse.Source.Names(docs));
        Assert.Equal("Jane Doe", accuse.Target.Names(docs));
    }

    [Fact]
    public void A_description_after_a_preposition_and_an_adjective_is_not_the_subject()
    {
        var docs = new TestDocuments("Ruritania, speaking on social media, condemned Sylvania.")
            .Entity("Ruritania", EntityType.Gpe)
            .Entity("Sylvania", EntityType.Gpe);

        var accuse = docs.Events().Single("ACCUSE");

        Assert.Equal("Ruritania", accuse.Source.Names(docs));
    }

    [Fact]
    public void A_region_attacked_stands_for_its_country_when_the_article_names_it()
    {
        var docs = new TestDocuments("Ruritania is a small country. Sylvania invaded Northshire overnight.")
            .EntityOf("RX", "Ruritania", EntityType.Gpe)
            .EntityOf("SY", "Sylvania", EntityType.Gpe)
            .EntityOf("RX", "Northshire", EntityType.Gpe)
            .Place("e1", "PCLI")
            .Place("e2", "PCLI")
            .Place("e3", "ADM1");

        var assault = docs.Events().Single("ASSAULT");

        Assert.Equal("Sylvania", assault.Source.Names(docs));
        Assert.Equal("Ruritania", assault.Target.Names(docs));
    }

    [Fact]
    public void A_region_stays_itself_when_its_country_is_not_named()
    {
        var docs = new TestDocuments("Sylvania invaded Northshire overnight.")
            .EntityOf("SY", "Sylvania", EntityType.Gpe)
            .EntityOf("RX", "Northshire", EntityType.Gpe)
            .Place("e1", "PCLI")
            .Place("e2", "ADM1");

        var assault = docs.Events().Single("ASSAULT");

        Assert.Equal("Northshire", assault.Target.Names(docs));
    }

    [Theory]
    [InlineData("Globex shares rose on Monday. Globex said John Smith stepped down as chief executive on Monday.", "Globex")]
    [InlineData("Globex shares rose on Monday. John Smith stepped down as chairman of Initech on Monday.", "Initech")]
    public void Stepping_down_from_a_corporate_role_acts_on_its_organisation(string text, string organisation)
    {
        var docs = new TestDocuments(text)
            .Entity("Globex", EntityType.Org)
            .Entity("Initech", EntityType.Org)
            .Entity("John Smith", EntityType.Person);

        var retreat = docs.Events().Single("RETREAT");

        Assert.Equal("John Smith", retreat.Source.Names(docs));
        Assert.Equal(organisation, retreat.Target.Names(docs));
    }

    [Fact]
    public void Objecting_to_a_move_is_a_rejection()
    {
        var docs = new TestDocuments("Jane Doe objected to Ruritania joining the pact.")
            .Entity("Jane Doe", EntityType.Person)
            .Entity("Ruritania", EntityType.Gpe);

        var reject = docs.Events().Single("REJECT");

        Assert.Equal("Jane Doe", reject.Source.Names(docs));
        Assert.Equal("Ruritania", reject.Target.Names(docs));
    }

    [Fact]
    public void Unqualified_officials_in_a_datelined_report_are_the_host_country()
    {
        var docs = new TestDocuments("SYLVAN CITY, Sylvania (AP) — Jane Doe met with several top government officials on Tuesday.")
            .EntityOf("SY", "Sylvania", EntityType.Gpe)
            .Entity("Jane Doe", EntityType.Person)
            .Place("e1", "PCLI");

        var consult = docs.Events().Single("CONSULT");

        Assert.Equal("Jane Doe", consult.Source.Names(docs));
        Assert.Equal("Sylvania", consult.Target.Names(docs));
    }

    [Fact]
    public void Unqualified_officials_without_a_dateline_stay_a_description()
    {
        var (events, agents) = new TestDocuments("Jane Doe met with several top government officials in Sylvania on Tuesday.")
            .EntityOf("SY", "Sylvania", EntityType.Gpe)
            .Entity("Jane Doe", EntityType.Person)
            .Place("e1", "PCLI")
            .EventsWithAgents();

        var consult = events.Single("CONSULT");

        Assert.Equal("agent:GOV", Assert.Single(agents, a => consult.Target.Contains(a.Id)).Key);
    }

    [Fact]
    public void Lawmakers_are_the_one_legislative_body_the_article_names()
    {
        var docs = new TestDocuments("The Ruritanian Senate opened a hearing on the treaty. Jane Doe urged lawmakers to reject the treaty.")
            .Entity("Ruritanian Senate", EntityType.Org)
            .Entity("Jane Doe", EntityType.Person);

        var request = docs.Events().Single("REQUEST");

        Assert.Equal("Jane Doe", request.Source.Names(docs));
        Assert.Equal("Ruritanian Senate", request.Target.Names(docs));
    }

    [Fact]
    public void Lawmakers_stay_a_description_when_two_legislative_bodies_are_named()
    {
        var (events, agents) = new TestDocuments("The Ruritanian Senate and the Ruritanian Assembly opened hearings on the treaty. Jane Doe urged lawmakers to reject the treaty.")
            .Entity("Ruritanian Senate", EntityType.Org)
            .Entity("Ruritanian Assembly", EntityType.Org)
            .Entity("Jane Doe", EntityType.Person)
            .EventsWithAgents();

        var request = events.Single("REQUEST");

        Assert.Contains(agents, a => request.Target.Contains(a.Id));
    }

    [Fact]
    public void The_agent_of_a_passive_relative_clause_on_the_subject_is_the_doer_side()
    {
        var docs = new TestDocuments("Two aid workers who had been held by the Northern Brigade since 2019 were released on Tuesday.")
            .Entity("Northern Brigade", EntityType.Org);

        var release = docs.Events().Single(e => e.Source.Length > 0 || e.Target.Length > 0);

        Assert.Equal("Northern Brigade", release.Source.Names(docs));
        Assert.DoesNotContain(release.Target, id => id == release.Source[0]);
    }

    [Theory]
    [InlineData("Jane Doe is in custody after the raid on Tuesday.")]
    [InlineData("Jane Doe remains in detention after the raid on Tuesday.")]
    public void The_subject_of_a_held_state_is_the_one_held(string text)
    {
        var docs = new TestDocuments(text)
            .Entity("Jane Doe", EntityType.Person);

        var coerce = docs.Events().Single("COERCE");

        Assert.Empty(coerce.Source);
        Assert.Equal("Jane Doe", coerce.Target.Names(docs));
    }
}
