using Newsgraph.Core.Documents;
using Newsgraph.Core.Report;

namespace Newsgraph.Places.Tests.Resolution;

/// <summary>Entities the tagger typed ORG that are places by their context (rules in PlaceCues).</summary>
public sealed class MistypedPlaceTests
{
    [Fact]
    public void An_organisation_named_after_area_of_and_before_a_comma_place_is_a_place_in_that_place()
    {
        var document = new PlaceDocuments("Fighters hold a position in Pangram area of Sarkh, Logar, the spokesman said.")
            .Entity("Pangram", EntityType.Loc)
            .Entity("Sarkh", EntityType.Org)
            .Entity("Logar", EntityType.Gpe).Run();

        var retype = Assert.Single(document.Get(PlaceLayers.Retyped));
        Assert.Equal(document.IdOf("Sarkh"), retype.EntityId);
        Assert.Equal(EntityType.Gpe, retype.To);
        Assert.Equal(document.IdOf("Logar"), document.Container("Sarkh")?.ContainerEntityId);
        Assert.Equal("AF", document.Container("Sarkh")?.CountryCode);
        Assert.Equal("AF", document.Container("Pangram")?.CountryCode);
    }

    [Fact]
    public void A_region_after_the_comma_that_is_no_entity_still_places_the_organisation()
    {
        var document = new PlaceDocuments("Fighters hold a position in Pangram area of Sarkh, Logar, the spokesman said.")
            .Entity("Pangram", EntityType.Loc)
            .Entity("Sarkh", EntityType.Org).Run();

        Assert.Equal(document.IdOf("Sarkh"), Assert.Single(document.Get(PlaceLayers.Retyped)).EntityId);
        var sarkh = Assert.Single(document.Get(PlaceLayers.Countries));
        Assert.Equal(("AF", PlaceCountrySource.CommaRegion), (sarkh.CountryCode, sarkh.Source));
        Assert.Equal("AF", document.Container("Pangram")?.CountryCode);
    }

    [Fact]
    public void An_organisation_followed_by_district_is_a_place_whose_country_is_its_base_name()
    {
        var document = new PlaceDocuments("Cheuk Hau-yip, the commander of Kowloon West district, said the rioters were criminals.")
            .Entity("Cheuk Hau-yip", EntityType.Person)
            .Entity("Kowloon West", EntityType.Org).Run();

        var report = ReportBuilder.Build(document, []);
        var kowloon = report.Entities.Single(e => e.Name == "Kowloon West");
        Assert.Equal("GPE", kowloon.Type);
        Assert.Equal("HK", kowloon.Country);
        Assert.Null(kowloon.Geo);
        Assert.Equal(PlaceCountrySource.BaseName, Assert.Single(document.Get(PlaceLayers.Countries)).Source);
    }

    [Fact]
    public void An_organisation_with_its_own_police_and_hotel_takes_the_article_country()
    {
        var document = new PlaceDocuments(
            "A girl from Fort Worth was taken to Forest Hill's WoodSpring Suites hotel. Forest Hill police officers found her. " +
            "The U.S. attorney charged the man in Fort Worth.")
            .Entity("Fort Worth", EntityType.Gpe)
            .Entity("Forest Hill", EntityType.Org)
            .Entity("U.S.", EntityType.Gpe).Run();

        var report = ReportBuilder.Build(document, []);
        var forestHill = report.Entities.Single(e => e.Name == "Forest Hill");
        Assert.Equal("GPE", forestHill.Type);
        Assert.Equal("US", forestHill.Country);
        Assert.Equal(PlaceCountrySource.Article, Assert.Single(document.Get(PlaceLayers.Countries)).Source);
    }

    [Fact]
    public void An_organisation_named_before_a_settlement_noun_takes_the_country_of_the_place_it_is_in()
    {
        var document = new PlaceDocuments("Netanyahu visited the Gush Etzion settlement bloc in the West Bank south of Jerusalem.")
            .Entity("Netanyahu", EntityType.Person)
            .Entity("Gush Etzion", EntityType.Org)
            .Entity("West Bank", EntityType.Gpe)
            .Entity("Jerusalem", EntityType.Gpe).Run();

        Assert.Equal(document.IdOf("West Bank"), document.Container("Gush Etzion")?.ContainerEntityId);
        Assert.Equal("PS", document.Container("Gush Etzion")?.CountryCode);
    }

    [Fact]
    public void An_organisation_after_in_that_the_gazetteer_knows_is_resolved_as_a_place()
    {
        var document = new PlaceDocuments("Troops were deployed in Jordan last week, officials said.")
            .Entity("Jordan", EntityType.Org).Run();

        Assert.Equal(248816, document.Place("Jordan").GeonameId);
        Assert.Equal(EntityType.Gpe, Assert.Single(document.Get(PlaceLayers.Retyped)).To);
    }

    [Fact]
    public void One_weak_cue_leaves_an_organisation_alone()
    {
        var document = new PlaceDocuments("The bill stalled in Congress while Russia massed troops.")
            .Entity("Congress", EntityType.Org)
            .Entity("Russia", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
        Assert.DoesNotContain(document.Get(PlaceLayers.Resolved), p => p.EntityId == document.IdOf("Congress"));
    }

    [Fact]
    public void An_organisation_in_a_list_of_places_stays_an_organisation()
    {
        var document = new PlaceDocuments("Talks between Egypt, Hamas, Israel and Qatar resumed on Sunday.")
            .Entity("Egypt", EntityType.Gpe)
            .Entity("Hamas", EntityType.Org)
            .Entity("Israel", EntityType.Gpe)
            .Entity("Qatar", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
    }

    [Fact]
    public void A_name_with_an_organisation_word_is_never_retyped()
    {
        var document = new PlaceDocuments("Students gathered in the area of Logar University, Logar, on Monday.")
            .Entity("Logar University", EntityType.Org)
            .Entity("Logar", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
    }

    [Fact]
    public void A_capitalised_district_that_starts_a_longer_name_is_no_place_cue()
    {
        var document = new PlaceDocuments("The Kowloon West District Council met; Kowloon West District Council members voted.")
            .Entity("Kowloon West", EntityType.Org).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
    }

    [Fact]
    public void A_person_with_a_place_name_and_only_weak_cues_stays_a_person()
    {
        // "in Jordan", ", Amman" and the gazetteer weigh 3, but no place noun says "place": a person
        // needs one ("the commander of Kowloon West district").
        var document = new PlaceDocuments("Jordan said on Monday he had been in Jordan, Amman.")
            .Entity("Jordan", EntityType.Person)
            .Entity("Amman", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
    }

    [Fact]
    public void A_person_before_district_whose_base_name_is_a_place_is_a_place()
    {
        var document = new PlaceDocuments("Cheuk Hau-yip, the commander of Kowloon West district, said the rioters were criminals.")
            .Entity("Cheuk Hau-yip", EntityType.Person)
            .Entity("Kowloon West", EntityType.Person).Run();

        var retype = Assert.Single(document.Get(PlaceLayers.Retyped));
        Assert.Equal((document.IdOf("Kowloon West"), EntityType.Person, EntityType.Gpe), (retype.EntityId, retype.From, retype.To));
        var report = ReportBuilder.Build(document, []);
        var kowloon = report.Entities.Single(e => e.Name == "Kowloon West");
        Assert.Equal(("GPE", "HK"), (kowloon.Type, kowloon.Country));
        Assert.Equal("PERSON", report.Entities.Single(e => e.Name == "Cheuk Hau-yip").Type);
    }

    [Fact]
    public void A_person_whose_name_no_gazetteer_place_backs_stays_a_person_before_a_place_noun()
    {
        var document = new PlaceDocuments("Officers of the Smithfield Hargreaves area team said the road was closed.")
            .Entity("Smithfield Hargreaves", EntityType.Person).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
    }

    [Fact]
    public void An_age_glued_to_a_place_name_is_cut_and_the_place_resolved()
    {
        var document = new PlaceDocuments(
            "Police rescued a 8-year-old Fort Worth girl. She was walking down Fort Worth's 6th Avenue with her mother.")
            .Entity("8-year-old Fort Worth", EntityType.Org, "Fort Worth")
            .Entity("6th Avenue", EntityType.Fac).Run();

        Assert.Equal(document.IdOf("8-year-old Fort Worth"), Assert.Single(document.Get(PlaceLayers.Retyped)).EntityId);
        Assert.Equal(4691930, document.Place("8-year-old Fort Worth").GeonameId);
        Assert.Equal("US", document.Container("6th Avenue")?.CountryCode);
    }

    [Theory]
    [InlineData("8-year-old Fort Worth", "fort worth")]
    [InlineData("suburban Forest Hill", "forest hill")]
    [InlineData("Paris Hilton", null)] // a capitalised first word is never cut
    [InlineData("Fort Worth", null)]
    [InlineData("8-year-old", null)] // nothing capitalised left
    public void Only_leading_words_without_a_capital_are_cut_from_a_name(string name, string? core) =>
        Assert.Equal(core, Newsgraph.Places.Resolution.PlaceNameCore.Of(name));

    [Fact]
    public void An_organisation_named_for_its_town_stays_an_organisation()
    {
        var document = new PlaceDocuments("The dog was taken in by Santa Fe Animal Shelter, New Mexico, in Santa Fe Animal Shelter kennels.")
            .Entity("Santa Fe Animal Shelter", EntityType.Org, "Santa Fe")
            .Entity("New Mexico", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Retyped));
    }
}
