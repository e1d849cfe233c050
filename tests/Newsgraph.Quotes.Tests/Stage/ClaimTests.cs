using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Tests.Stage;

public sealed class ClaimTests
{
    [Fact]
    public void According_to_attributes_the_rest_of_the_sentence()
    {
        var a = Analyzed.Text("More than 2,500 Afghan civilians have been killed in the fighting so far this year, according to the United Nations.");

        var claim = a.Claim("More than 2,500");
        Assert.Equal(ClaimStatus.Reported, claim.Status);
        Assert.Equal("United Nations", Assert.Single(claim.Sources).Text);
        Assert.DoesNotContain("according", a.TextOf(claim), StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_citing_officials_makes_a_chain_from_the_outlet_to_the_officials()
    {
        var a = Analyzed.Text("The two leaders will meet in Vladivostok next week, the New York Times reported, citing U.S. and allied officials.");

        var claim = a.Claim("The two leaders will meet");
        Assert.Equal(["New York Times", "U.S. and allied officials"], claim.Sources.Select(s => s.Text));
        Assert.Equal("unnamed-official", claim.Sources[1].Kind);
    }

    [Theory]
    [InlineData("The Kremlin declined to confirm on Tuesday whether the report was accurate.", ClaimStatus.DeclinedToComment, "Kremlin")]
    [InlineData("The governor's office didn't immediately respond to The Hill's request for comment.", ClaimStatus.NoComment, "governor's office")]
    [InlineData("The New York State Attorney General’s office had no comment.", ClaimStatus.NoComment, "New York State Attorney General’s office")]
    [InlineData("The Afghan government has ruled out Taliban involvement in the latest incident.", ClaimStatus.Denied, "Afghan government")]
    public void Status_sentences_are_claims_with_their_status_and_source(string text, ClaimStatus status, string source)
    {
        var a = Analyzed.Text(text);

        var claim = Assert.Single(a.Claims);
        Assert.Equal(status, claim.Status);
        Assert.Equal(source, Assert.Single(claim.Sources).Text);
    }

    [Fact]
    public void Classified_details_are_a_classified_claim()
    {
        var a = Analyzed.Text("Further details provided by the new intelligence, however, remain classified.");

        Assert.Equal(ClaimStatus.Classified, a.Claim("Further details").Status);
    }

    [Fact]
    public void A_claim_the_article_could_not_verify_is_unconfirmed()
    {
        var a = Analyzed.Text(
            "\"US Chinook helicopter shot down and completely destroyed last night while trying to raid our position,\" Taliban spokesman Zabihullah Mujahid said in a tweet.\n\n" +
            "It was not possible to independently verify the group's claim.");

        Assert.Equal(ClaimStatus.Unconfirmed, a.Claim("US Chinook helicopter").Status);
    }

    [Fact]
    public void Reportedly_is_hedged_and_sourced_to_the_next_sentence_s_outlet()
    {
        var a = Analyzed.Text("WeWork is reportedly being investigated by the New York State Attorney General. According to Reuters, the questions include whether the founder engaged in self-dealing.");

        var claim = a.Claim("WeWork is reportedly");
        Assert.True(claim.Hedged);
        Assert.Equal("Reuters", Assert.Single(claim.Sources).Text);
    }

    [Fact]
    public void A_speaker_talking_to_an_outlet_has_the_outlet_as_nearest_source()
    {
        var a = Analyzed.Text("\"It was an attempt to mislead voters and it is inappropriate for a serious party,\" Will Moy, chief executive of Full Fact, told the BBC.");

        Assert.Equal(["BBC", "Will Moy"], a.Claim("It was an attempt").Sources.Select(s => s.Text));
    }

    [Fact]
    public void An_accusation_claims_its_object_did_something_with_the_accuser_as_source()
    {
        var a = Analyzed.Text("U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion against smaller Asian nations.");

        var claim = a.Claim("China of using coercion");
        Assert.Equal("Mark Esper", Assert.Single(claim.Sources).Text);
    }

    [Fact]
    public void An_accusation_after_an_auxiliary_takes_the_clause_s_subject()
    {
        var a = Analyzed.Text("Vietnam is one of the region’s most vocal critics of China and has accused Beijing of encroaching into its waters.");

        Assert.Equal("Vietnam", Assert.Single(a.Claim("Beijing of encroaching").Sources).Text);
    }

    [Fact]
    public void A_passive_accusation_by_someone_claims_the_whole_clause()
    {
        var a = Analyzed.Text("Corbyn, a stolid socialist, is accused by critics of promoting high-tax policies.");

        var claim = a.Claim("Corbyn, a stolid socialist");
        Assert.Equal("critics", Assert.Single(claim.Sources).Text);
    }

    [Fact]
    public void A_passive_accusation_with_no_accuser_is_no_claim()
    {
        var a = Analyzed.Text("The party was accused Wednesday of trying to deceive voters during the debate.");

        Assert.Empty(a.Claims);
    }

    [Fact]
    public void A_speaker_who_told_the_publication_itself_has_no_outlet_link()
    {
        const string text = "Sonya Zoghlin, his attorney, told The Hill in a statement that her client did not intend to cause harm.";

        var own = Analyzed.Text(text, site: "The Hill");
        var other = Analyzed.Text(text, site: "CBS News");

        Assert.Equal(["Sonya Zoghlin"], own.Claim("her client").Sources.Select(s => s.Text));
        Assert.Equal(["Hill", "Sonya Zoghlin"], other.Claim("her client").Sources.Select(s => s.Text.Replace("The ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quotation_that_reports_another_source_passes_the_claim_on()
    {
        var a = Analyzed.Text("Stephanie Grisham issued a statement.\n\n“Specifically, Ambassador Volker confirmed under oath that he had no indication whatsoever of a quid pro quo,” she said.");

        var claim = a.Claim("Specifically, Ambassador Volker");
        Assert.Equal(["Stephanie Grisham", "Volker"], claim.Sources.Select(s => s.Text));
        Assert.Equal(ClaimStatus.Confirmed, claim.Status);
    }

    [Fact]
    public void A_quotation_in_the_speaker_s_own_voice_has_no_inner_source()
    {
        var a = Analyzed.Text("“I said that we would never accept such a deal with them,” Kurt Volker said.");

        Assert.Equal(["Kurt Volker"], a.Claim("I said that").Sources.Select(s => s.Text));
    }
}
