using Newsgraph.Core.Documents;
using Newsgraph.Core.Report;

namespace Newsgraph.Places.Tests.Resolution;

/// <summary>The country of places the gazetteer lacks and no container places (UnresolvedCountries, anaphoric containers).</summary>
public sealed class UnresolvedCountryTests
{
    [Fact]
    public void The_city_possessive_puts_a_facility_in_the_last_city_named()
    {
        var document = new PlaceDocuments("Esper arrived in Hanoi on Monday and paid a visit to the city\u2019s Hoa Lo prison.")
            .Entity("Hanoi", EntityType.Gpe)
            .Entity("Hoa Lo prison", EntityType.Fac).Run();

        Assert.Equal(document.IdOf("Hanoi"), document.Container("Hoa Lo prison")?.ContainerEntityId);
        Assert.Equal("VN", document.Container("Hoa Lo prison")?.CountryCode);
    }

    [Fact]
    public void The_country_possessive_skips_cities_for_the_last_country_named()
    {
        var document = new PlaceDocuments("Talks in Hanoi followed a trip to Vietnam; the country's Ba Dinh Hall was shut.")
            .Entity("Hanoi", EntityType.Gpe)
            .Entity("Vietnam", EntityType.Gpe)
            .Entity("Ba Dinh Hall", EntityType.Fac).Run();

        Assert.Equal(document.IdOf("Vietnam"), document.Container("Ba Dinh Hall")?.ContainerEntityId);
    }

    [Fact]
    public void A_compass_part_of_a_place_takes_the_place_country_but_no_entry()
    {
        var document = new PlaceDocuments("Police cleared streets in West Kowloon overnight.")
            .Entity("West Kowloon", EntityType.Loc).Run();

        Assert.Empty(document.Get(PlaceLayers.Resolved));
        var country = Assert.Single(document.Get(PlaceLayers.Countries));
        Assert.Equal("HK", country.CountryCode);
        Assert.Equal(PlaceCountrySource.BaseName, country.Source);
    }

    [Fact]
    public void An_unknown_town_in_a_one_country_story_takes_that_country()
    {
        var document = new PlaceDocuments("Storms hit Texas and Dallas; in Quitmanville, residents of the U.S. town waited.")
            .Entity("Texas", EntityType.Gpe)
            .Entity("Dallas", EntityType.Gpe)
            .Entity("Quitmanville", EntityType.Gpe)
            .Entity("U.S.", EntityType.Gpe).Run();

        Assert.Equal("US", ReportBuilder.Build(document, []).Entities.Single(e => e.Name == "Quitmanville").Country);
    }

    [Fact]
    public void An_unknown_town_in_a_two_country_story_gets_no_country()
    {
        var document = new PlaceDocuments("Officials from Russia and Ukraine met in Quitmanville, far from Moscow and Kyiv.")
            .Entity("Russia", EntityType.Gpe)
            .Entity("Ukraine", EntityType.Gpe)
            .Entity("Quitmanville", EntityType.Gpe)
            .Entity("Moscow", EntityType.Gpe)
            .Entity("Kyiv", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Countries));
        Assert.Null(ReportBuilder.Build(document, []).Entities.Single(e => e.Name == "Quitmanville").Country);
    }

    [Fact]
    public void A_sea_takes_no_country_from_the_article()
    {
        var document = new PlaceDocuments("China said Beijing would patrol the South China Sea from Shanghai.")
            .Entity("China", EntityType.Gpe)
            .Entity("Beijing", EntityType.Gpe)
            .Entity("South China Sea", EntityType.Gpe)
            .Entity("Shanghai", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Countries));
    }

    [Fact]
    public void A_facility_takes_no_country_from_the_article_alone()
    {
        var document = new PlaceDocuments("Ukraine asked the Pentagon for shells; Kyiv and Lviv and Kharkiv waited.")
            .Entity("Ukraine", EntityType.Gpe)
            .Entity("Pentagon", EntityType.Fac)
            .Entity("Kyiv", EntityType.Gpe)
            .Entity("Lviv", EntityType.Gpe)
            .Entity("Kharkiv", EntityType.Gpe).Run();

        Assert.Empty(document.Get(PlaceLayers.Countries));
    }

    [Fact]
    public void A_part_of_a_continent_takes_no_country_from_its_base_name()
    {
        var document = new PlaceDocuments("Sales grew in North America and Central Asia, the company said.")
            .Entity("North America", EntityType.Loc)
            .Entity("Central Asia", EntityType.Loc).Run();

        Assert.Empty(document.Get(PlaceLayers.Countries));
    }

    [Fact]
    public void A_street_no_container_places_takes_the_article_country()
    {
        var document = new PlaceDocuments(
            "The FBI said a man grabbed the girl on 6th Avenue. The U.S. attorney, Nealy Cox, charged him in Texas.")
            .Entity("FBI", EntityType.Org)
            .Entity("6th Avenue", EntityType.Fac)
            .Entity("U.S.", EntityType.Gpe)
            .Entity("Texas", EntityType.Gpe).Run();

        var country = Assert.Single(document.Get(PlaceLayers.Countries));
        Assert.Equal((document.IdOf("6th Avenue"), "US", PlaceCountrySource.Article), (country.EntityId, country.CountryCode, country.Source));
    }

    [Fact]
    public void A_local_facility_in_a_story_of_two_countries_takes_the_nearest_city_named_before_it()
    {
        var document = new PlaceDocuments(
            "Russia and the United States traded warnings in Washington. Kim flew to Vladivostok, then visited Pier 33.")
            .Entity("Russia", EntityType.Gpe)
            .Entity("United States", EntityType.Gpe)
            .Entity("Washington", EntityType.Gpe)
            .Entity("Vladivostok", EntityType.Gpe)
            .Entity("Pier 33", EntityType.Fac).Run();

        var country = Assert.Single(document.Get(PlaceLayers.Countries));
        Assert.Equal(("RU", PlaceCountrySource.NearestPlace), (country.CountryCode, country.Source));
    }

    [Fact]
    public void A_facility_named_without_a_local_noun_gets_no_country_from_the_article()
    {
        var document = new PlaceDocuments("Ukraine asked for tanks; Kyiv and Lviv were shelled; the Pentagon said it would decide.")
            .Entity("Ukraine", EntityType.Gpe)
            .Entity("Kyiv", EntityType.Gpe)
            .Entity("Lviv", EntityType.Gpe)
            .Entity("Pentagon", EntityType.Fac).Run();

        Assert.Empty(document.Get(PlaceLayers.Countries));
    }
}
