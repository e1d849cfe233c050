using Newsgraph.Core.Documents;

namespace Newsgraph.Events.Tests.Filters;

/// <summary>
/// Trigger words used where they report no event (Filters/NonEventReadings): invented sentences
/// for each rule, and the event reading of the same words beside them.
/// </summary>
public sealed class NonEventReadingsTests
{
    private static TestDocuments Docs(string text) =>
        new TestDocuments(text).Entity("Kenya", EntityType.Gpe).Entity("Uganda", EntityType.Gpe);

    [Theory]
    [InlineData("Kenya sent threatening and abusive letters to Uganda on Monday.", "THREATEN")]
    [InlineData("Kenya posted a misleading video about Uganda on Monday.", "COERCE")]
    [InlineData("Kenya said free speech does not protect threats against Uganda.", "RETREAT")]
    [InlineData("Kenya wants a free and fair election in Uganda.", "RETREAT")]
    public void A_participle_or_adjective_before_a_noun_is_a_modifier(string text, string type)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == type);
    }

    [Theory]
    [InlineData("Kenya was threatening Uganda with sanctions on Monday.", "THREATEN")]
    [InlineData("Kenya freed Uganda's soldiers on Monday.", "RETREAT")]
    public void The_verb_reading_is_still_an_event(string text, string type)
    {
        Assert.Contains(Docs(text).Events(), e => e.Type == type);
    }

    [Theory]
    [InlineData("Kenya released dramatic video of Uganda's soldiers on Monday.")]
    [InlineData("Kenya released two videos of Uganda's soldiers on Monday.")]
    public void Releasing_a_video_or_statement_is_publication_not_a_release(string text)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == "RETREAT");
    }

    [Fact]
    public void Releasing_people_is_a_release()
    {
        Assert.Contains(Docs("Kenya released Uganda's soldiers on Monday.").Events(), e => e.Type == "RETREAT");
    }

    [Theory]
    [InlineData("Kenya joined an effort to urge Uganda to leave.", "REQUEST")]
    [InlineData("Kenya took a series of measures to oppose Uganda.", "ACCUSE")]
    public void The_purpose_of_an_attempt_is_not_an_event(string text, string type)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == type);
    }

    [Fact]
    public void A_request_itself_is_coded()
    {
        Assert.Contains(Docs("Kenya urged Uganda to leave the border region.").Events(), e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("Kenya said the release of Uganda's soldiers was overdue.", "RETREAT")]
    [InlineData("Kenya thinks the allegations against Uganda are false.", "ACCUSE")]
    public void A_nominal_event_under_a_verb_of_saying_is_not_the_speakers_act(string text, string type)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == type && !e.Source.IsEmpty);
    }

    [Theory]
    [InlineData("\"Will you leave?\" Kenya asked.")]
    [InlineData("Kenya urged Uganda, \"Look at what we have done.\"")]
    public void A_request_verb_framing_a_quotation_reports_speech(string text)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("Kenya should be supporting Uganda's army.", "SUPPORT")]
    [InlineData("Kenya believes Uganda needs to investigate its generals.", "ACCUSE")]
    public void An_obligation_is_not_an_event(string text, string type)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == type);
    }

    [Fact]
    public void Support_given_is_an_event()
    {
        Assert.Contains(Docs("Kenya is supporting Uganda's army.").Events(), e => e.Type == "SUPPORT");
    }

    [Theory]
    [InlineData("Kenya did not immediately respond to Uganda's request for comment on Monday.")]
    [InlineData("Kenya's foreign ministry was asked for further comment by Uganda's state broadcaster.")]
    public void A_reporters_request_for_comment_is_not_a_request(string text)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == "REQUEST");
    }

    [Fact]
    public void A_request_for_talks_is_still_a_request()
    {
        Assert.Contains(Docs("Kenya rejected Uganda's request for talks on Monday.").Events(), e => e.Type == "REQUEST" || e.Type == "REJECT");
        Assert.Contains(Docs("Kenya asked Uganda for talks on the border dispute.").Events(), e => e.Type == "REQUEST");
    }

    [Theory]
    [InlineData("Kenya is taking back the land it gave Uganda in 1990.")]
    [InlineData("Kenya sold the pipeline to a company and leased it back to Uganda on Monday.")]
    [InlineData("Kenya hit back at Uganda on Monday.")]
    public void Back_as_a_particle_is_no_support(string text)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Back_as_a_verb_is_still_a_trigger()
    {
        const string text = "Kenya will back Uganda's bid for a seat on the council.";

        // The type is the classifier's call (SUPPORT or AGREE); the word stays a trigger.
        Assert.Contains(Docs(text).Events(), e => e.Trigger.Start == text.IndexOf("back", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan president demonstrated his resolve to Uganda on Monday.")]
    [InlineData("Kenyan students demonstrated the power of the movement to Uganda on Monday.")]
    public void Demonstrate_with_an_object_means_show(string text)
    {
        var docs = new TestDocuments(text).EntityOf("KE", "Kenyan", EntityType.Norp).Entity("Uganda", EntityType.Gpe);

        Assert.DoesNotContain(docs.Events(), e => e.Type == "PROTEST");
    }

    [Fact]
    public void Demonstrating_in_the_streets_is_a_protest()
    {
        var docs = new TestDocuments("Thousands of students demonstrated outside the Uganda embassy on Monday.").Entity("Uganda", EntityType.Gpe);

        Assert.Contains(docs.Events(), e => e.Type == "PROTEST");
    }

    [Theory]
    [InlineData("Kenya declined to confirm on Tuesday whether Uganda's report was accurate.")]
    [InlineData("Kenya refused to comment on Uganda's claims.")]
    [InlineData("Kenya's foreign ministry declined to say whether it had warned Uganda.")]
    public void Declining_to_comment_or_confirm_is_no_rejection(string text)
    {
        Assert.DoesNotContain(Docs(text).Events(), e => e.Type == "REJECT");
    }

    [Theory]
    [InlineData("Kenya refused to negotiate with Uganda.")]
    [InlineData("Kenya declined to release Uganda's soldiers.")]
    public void Refusing_an_act_is_still_a_rejection(string text)
    {
        Assert.Contains(Docs(text).Events(), e => e.Type == "REJECT");
    }
}
