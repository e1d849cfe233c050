using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Tests.Stage;

public sealed class DirectQuoteTests
{
    [Fact]
    public void Finds_a_quote_its_speaker_cue_and_medium_after_it()
    {
        var a = Analyzed.Text("“We will not accept attempts to assert unlawful claims,” Defense Secretary Mark Esper said in a speech on Wednesday.");

        var quote = a.Quote("We will not accept");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Mark Esper", quote.SpeakerText);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("in a speech", quote.Medium);
    }

    [Fact]
    public void Reads_an_inverted_attribution()
    {
        var a = Analyzed.Text("\"The breaking of that consensus is important,\" said Avi Bell, senior fellow at the Kohelet Policy Forum.");

        Assert.Equal("Avi Bell", a.Quote("The breaking").SpeakerText);
    }

    [Fact]
    public void Reads_an_attribution_before_the_quote()
    {
        var a = Analyzed.Text("Later, in remarks at the party headquarters, Esper said, “We strongly oppose violations of international law by China.”");

        Assert.Equal("Esper", a.Quote("We strongly oppose").SpeakerText);
    }

    [Theory]
    [InlineData("«Nous ne céderons pas sur ce point essentiel», the minister said.", "Nous ne céderons")]
    [InlineData("„Wir werden das nicht akzeptieren“, the minister said.", "Wir werden")]
    [InlineData("“It was an attempt to mislead voters,’’ the minister said.", "It was an attempt")]
    [InlineData("\"It was an attempt to mislead voters,\" the minister said.", "It was an attempt")]
    public void Pairs_curly_straight_typographic_and_guillemet_marks(string text, string start)
    {
        var a = Analyzed.Text(text);

        var quote = a.Quote(start);
        Assert.Equal("minister", quote.SpeakerText);
        Assert.DoesNotContain("minister said", a.TextOf(quote), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_gives_one_quote_per_opening_mark_with_one_speaker()
    {
        var a = Analyzed.Text(
            "Cheuk Hau-yip, the commander of the district, said: “These rioters, they are also criminals. They have to face the consequences.\n\n" +
            "“Other than coming out to surrender, I don’t see any viable option for them.”");

        Assert.Equal("Cheuk Hau-yip", a.Quote("These rioters").SpeakerText);
        Assert.Equal("Cheuk Hau-yip", a.Quote("Other than coming out").SpeakerText);
        Assert.Equal(2, a.Quotes.Count(q => q.Kind == QuoteKind.Direct));
    }

    [Fact]
    public void A_second_quote_in_a_paragraph_keeps_the_first_one_s_speaker()
    {
        var a = Analyzed.Text("“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham. “We thank the Afghan government for its actions.”");

        Assert.Equal("Stephanie Grisham", a.Quote("We pray").SpeakerText);
        Assert.Equal("Stephanie Grisham", a.Quote("We thank").SpeakerText);
    }

    [Fact]
    public void A_nested_single_quote_is_a_quote_of_its_own()
    {
        var a = Analyzed.Text("“Ambassador Volker confirmed under oath that ‘there was no linkage like that’ between the two,” Grisham said.");

        Assert.Contains(a.Quotes, q => a.TextOf(q) == "there was no linkage like that");
        Assert.Equal("Grisham", a.Quote("Ambassador Volker confirmed").SpeakerText);
    }

    [Theory]
    [InlineData("The Jewish state's premier cheered on the \"historic\" move.")]
    [InlineData("He paid a visit to the prison, dubbed the “Hanoi Hilton” by American servicemen.")]
    [InlineData("The state launched a campaign with the slogan “Meth, we’re on it.”")]
    [InlineData("Volker said he never joined what they were known as, the “Three Amigos.”")]
    public void Scare_quotes_names_and_slogans_are_not_quotes(string text)
    {
        var a = Analyzed.Text(text);

        Assert.DoesNotContain(a.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_short_partial_quote_after_a_reporting_verb_is_a_quote()
    {
        var a = Analyzed.Text("Israeli Prime Minister Benjamin Netanyahu, however, said he was \"very moved\" by the announcement.");

        var quote = a.Quote("very moved");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Benjamin Netanyahu", quote.SpeakerText);
    }

    [Fact]
    public void A_pull_quote_heading_takes_the_speaker_of_the_quote_that_repeats_it()
    {
        var a = Analyzed.Text(
            "\"My fears have been realized\"\n\n" +
            "Morrison told the committee, \"I feared how its disclosure would play in the political climate. My fears have been realized.\"");

        Assert.Equal("Morrison", a.Quote("My fears have been realized").SpeakerText);
    }
}
