using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Candidates;

/// <summary>Verb … object patterns (Phoenix verb dictionary), context-decided types, and repeats.</summary>
public sealed class ContextAndPatternTests
{
    [Theory]
    [InlineData("Kenya cut diplomatic ties with Somalia on Monday.", "Somalia", "SANCTION", "cut diplomatic ties")]
    [InlineData("Turkey held two days of talks with Greece in Ankara.", "Greece", "CONSULT", "held two days of talks")]
    [InlineData("Brazil lifted the sanctions on Venezuela.", "Venezuela", "RETREAT", "lifted the sanctions")]
    [InlineData("Britain sent more troops to Estonia.", "Estonia", "MOBILIZE", "sent more troops")]
    public void A_verb_with_its_object_a_few_words_on_is_one_trigger(string text, string other, string type, string trigger)
    {
        // Both parties are named entities, as in a real report (a dyadic event without its target ranks low).
        var docs = new TestDocuments(text).Entity(text.Split(' ')[0], EntityType.Gpe).Entity(other, EntityType.Gpe);

        var events = docs.Events();

        var e = Assert.Single(events, e => e.Type == type);
        Assert.Equal(trigger, text[e.Trigger.Start..e.Trigger.End]);
    }

    [Fact]
    public void A_gap_never_crosses_punctuation()
    {
        var docs = new TestDocuments("Kenya cut, as promised, the ties with Somalia.").Entity("Kenya", EntityType.Gpe);

        Assert.DoesNotContain(docs.Events(), e => e.Type == "SANCTION" && e.Mode == "withdraw");
    }

    [Fact]
    public void An_attack_on_policies_is_criticism()
    {
        var docs = new TestDocuments("Johnson and Corbyn attacked each other's policies in the debate.")
            .Entity("Johnson", EntityType.Person).Entity("Corbyn", EntityType.Person);

        Assert.Contains(docs.Events(), e => e.Type == "ACCUSE");
        Assert.DoesNotContain(docs.Events(), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_pledge_to_retaliate_is_a_threat()
    {
        var docs = new TestDocuments("Iran pledged to take decisive action against Israel.")
            .Entity("Iran", EntityType.Gpe).Entity("Israel", EntityType.Gpe);

        Assert.Equal("THREATEN", docs.Events()[0].Type);
    }

    [Fact]
    public void The_charges_of_a_guilty_plea_are_no_second_accusation()
    {
        var docs = new TestDocuments("Smith pleaded guilty to federal charges of threatening Jones.")
            .Entity("Smith", EntityType.Person).Entity("Jones", EntityType.Person);

        var events = docs.Events();

        Assert.Contains(events, e => e.Type == "CONCEDE");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_retold_event_whose_actors_add_nothing_is_reported_once()
    {
        var docs = new TestDocuments("The Taliban released the hostages on Tuesday. The release of the hostages was welcomed by the Taliban.")
            .Entity("Taliban", EntityType.Org);

        Assert.Single(docs.Events(), e => e.Type == "RETREAT");
    }

    [Theory]
    [InlineData("Norway warned of serious consequences for the fishing industry.")]
    [InlineData("Norway warned that fish stocks are falling fast, the report said.")]
    [InlineData("Fish stocks are falling fast, Norway warned.")]
    public void A_warning_about_danger_is_a_statement_not_a_threat(string text)
    {
        var docs = new TestDocuments(text).Entity("Norway", EntityType.Gpe);

        Assert.DoesNotContain(docs.Events(), e => e.Type == "THREATEN");
    }

    [Theory]
    [InlineData("Norway warned Iceland that it would close its waters to Icelandic trawlers.")]
    [InlineData("Norway warned Iceland: \"We will not sit on our hands.\"")]
    [InlineData("Norway warned Iceland against fishing in the disputed zone.")]
    public void A_warning_that_commits_the_speaker_to_action_is_a_threat(string text)
    {
        var docs = new TestDocuments(text).Entity("Norway", EntityType.Gpe).Entity("Iceland", EntityType.Gpe);

        Assert.Contains(docs.Events(), e => e.Type == "THREATEN");
    }

    [Fact]
    public void A_requested_event_is_not_coded_even_when_the_request_is_not()
    {
        // The request verb is negated (no REQUEST), and what it asked for did not happen either.
        var docs = new TestDocuments("Greece never urged Turkey to investigate the shipping firm.")
            .Entity("Greece", EntityType.Gpe).Entity("Turkey", EntityType.Gpe);

        Assert.DoesNotContain(docs.Events(), e => e.Type == "ACCUSE");
    }
}
