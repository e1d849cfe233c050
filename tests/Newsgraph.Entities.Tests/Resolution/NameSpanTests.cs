using Newsgraph.Core.Documents;
using Newsgraph.Entities.Tests.Stage;

namespace Newsgraph.Entities.Tests.Resolution;

/// <summary>Span repairs for names the tagger cuts short: institutions, compass places, US states as news writes them.</summary>
public sealed class NameSpanTests
{
    [Theory]
    [InlineData("The report came from the National Institute on Drug Abuse in a statement on Monday.", "National Institute on Drug Abuse")]
    [InlineData("He taught at the American University of Kabul before he was kidnapped.", "American University of Kabul")]
    [InlineData("The complaint was filed with the U.S. Securities and Exchange Commission last week.", "U.S. Securities and Exchange Commission")]
    [InlineData("Judges at the International Court of Justice ruled on the case.", "International Court of Justice")]
    public void An_institution_name_runs_through_its_connector(string text, string name)
    {
        var entities = EntityText.Entities(text);

        var institution = entities.Named(name);
        Assert.Equal(EntityType.Org, institution.Type);
    }

    [Fact]
    public void An_institution_does_not_swallow_a_place_after_on()
    {
        var entities = EntityText.Entities("Congress on Ukraine was divided, the Senate said.");

        Assert.DoesNotContain(entities, e => e.Name.Contains("Congress on", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compass_word_opening_a_place_name_stays_in_it()
    {
        var bank = EntityText.Entities("Netanyahu visited the Gush Etzion settlement bloc in the West Bank on Tuesday.");
        Assert.Contains(bank, e => e.Name == "West Bank" && e.Type is EntityType.Loc or EntityType.Gpe);

        var entities = EntityText.Entities("\"If we were any higher, we would be North Dakota,\" one user said about South Dakota.");

        Assert.Equal(EntityType.Gpe, entities.Named("North Dakota").Type);
        Assert.Equal(EntityType.Gpe, entities.Named("South Dakota").Type);
        Assert.DoesNotContain(entities, e => e.Name == "Dakota");
    }

    [Fact]
    public void Lawmaker_designations_and_dateline_abbreviations_name_us_states()
    {
        var entities = EntityText.Entities(
            "Rep. Ilhan Omar (D-Minn.) and Sen. Ted Cruz, R-Texas, met officials in Portland, Ore., on Tuesday.");

        var minnesota = entities.Named("Minnesota");
        Assert.Equal(EntityType.Gpe, minnesota.Type);
        Assert.Equal("US", minnesota.Country);
        Assert.Contains("Minn.", minnesota.Aliases);
        Assert.Equal(EntityType.Gpe, entities.Named("Texas").Type);
        Assert.Contains("Ore.", entities.Named("Oregon").Aliases);
        Assert.Equal(EntityType.Person, entities.Named("Ilhan Omar").Type);
    }

    [Fact]
    public void An_honorific_abbreviation_alone_is_not_a_state()
    {
        var entities = EntityText.Entities("Miss. Jones said the vote would be close.");

        Assert.DoesNotContain(entities, e => e.Name == "Mississippi");
    }

    [Fact]
    public void A_middle_initial_joins_first_name_and_surname()
    {
        var entities = EntityText.Entities("\"It was unfair,\" he said. Sonya A. Zoghlin, his attorney, told reporters the plea was fair.");

        var lawyer = entities.Named("Sonya A. Zoghlin");
        Assert.Equal(EntityType.Person, lawyer.Type);
        Assert.DoesNotContain(entities, e => e.Name == "Zoghlin" && e != lawyer);
    }

    [Fact]
    public void A_lower_case_facility_word_after_an_unknown_name_names_the_facility()
    {
        var entities = EntityText.Entities("He visited the city's Hoa Lo prison, and later flew out of Kabul airport.");

        Assert.Equal(EntityType.Fac, entities.Named("Hoa Lo prison").Type);
        Assert.Equal(EntityType.Gpe, entities.Named("Kabul").Type);
    }

    [Fact]
    public void An_ordinal_opening_a_street_name_stays_in_it()
    {
        var entities = EntityText.Entities("The girl and her mother were walking down Fort Worth's 6th Avenue at 6:38 p.m. on Saturday.");

        Assert.Equal(EntityType.Fac, entities.Named("6th Avenue").Type);
    }

    [Fact]
    public void A_nationality_before_an_organisation_word_is_the_organisation()
    {
        var entities = EntityText.Entities("The Palestinian Authority - which considers the US biased - said it would appeal.");

        var authority = entities.Named("Palestinian Authority");
        Assert.Equal(EntityType.Org, authority.Type);
    }

    [Fact]
    public void An_institution_word_before_of_carries_the_name_on()
    {
        var entities = EntityText.Entities("The Democratic Party-controlled House of Representatives voted on Wednesday.");

        Assert.Equal(EntityType.Org, entities.Named("House of Representatives").Type);
    }
}
