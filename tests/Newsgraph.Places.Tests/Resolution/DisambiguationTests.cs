using Newsgraph.Core.Documents;

namespace Newsgraph.Places.Tests.Resolution;

public sealed class DisambiguationTests
{
    // GeoNames ids (../shared/data/geonames): the entries a reader means in each text.
    private const long MoscowRussia = 524901;
    private const long MoscowIdaho = 5601538;
    private const long GeorgiaCountry = 614540;
    private const long GeorgiaState = 4197000;

    [Fact]
    public void A_bare_capital_name_is_the_capital()
    {
        var document = new PlaceDocuments("The delegation flew to Moscow on Sunday.")
            .Entity("Moscow", EntityType.Gpe).Run();

        var moscow = document.Place("Moscow");
        Assert.Equal(MoscowRussia, moscow.GeonameId);
        Assert.Equal("RU", moscow.CountryCode);
        Assert.Equal("PPLC", moscow.FeatureCode);
    }

    [Fact]
    public void A_state_after_a_comma_picks_the_town_in_that_state()
    {
        var document = new PlaceDocuments("Students gathered in Moscow, Idaho, for a vigil.")
            .Entity("Moscow", EntityType.Gpe)
            .Entity("Idaho", EntityType.Gpe).Run();

        var moscow = document.Place("Moscow");
        Assert.Equal(MoscowIdaho, moscow.GeonameId);
        Assert.Equal("US", moscow.CountryCode);
        Assert.Equal("ID", moscow.Admin1);
    }

    [Fact]
    public void An_abbreviated_state_after_a_comma_qualifies_the_town()
    {
        var document = new PlaceDocuments("The rally in Moscow, Ida., drew hundreds.")
            .Entity("Moscow", EntityType.Gpe).Run();

        Assert.Equal(MoscowIdaho, document.Place("Moscow").GeonameId);
    }

    [Fact]
    public void A_country_after_a_comma_keeps_the_capital()
    {
        var document = new PlaceDocuments("A meeting at the Kremlin in Moscow, Russia, was held.")
            .Entity("Moscow", EntityType.Gpe)
            .Entity("Russia", EntityType.Gpe).Run();

        Assert.Equal(MoscowRussia, document.Place("Moscow").GeonameId);
        Assert.Equal(2017370, document.Place("Russia").GeonameId);
    }

    [Fact]
    public void Other_places_of_the_state_pull_a_bare_name_to_the_small_town()
    {
        var document = new PlaceDocuments(
            "Police in Idaho said the suspect was arrested near Boise. The victims lived in Moscow, where the university is.")
            .Entity("Idaho", EntityType.Gpe)
            .Entity("Boise", EntityType.Gpe)
            .Entity("Moscow", EntityType.Gpe).Run();

        Assert.Equal(MoscowIdaho, document.Place("Moscow").GeonameId);
    }

    [Fact]
    public void Georgia_with_a_city_of_the_state_is_the_state()
    {
        var document = new PlaceDocuments(
            "Voters in Georgia lined up for hours. In Atlanta, officials extended polling hours, and Savannah followed.")
            .Entity("Georgia", EntityType.Gpe)
            .Entity("Atlanta", EntityType.Gpe)
            .Entity("Savannah", EntityType.Gpe).Run();

        var georgia = document.Place("Georgia");
        Assert.Equal(GeorgiaState, georgia.GeonameId);
        Assert.Equal("ADM1", georgia.FeatureCode);
    }

    [Fact]
    public void Georgia_beside_Russia_and_Tbilisi_is_the_country()
    {
        var document = new PlaceDocuments(
            "Protesters in Tbilisi accused the government of moving Georgia closer to Russia.")
            .Entity("Tbilisi", EntityType.Gpe)
            .Entity("Georgia", EntityType.Gpe)
            .Entity("Russia", EntityType.Gpe).Run();

        Assert.Equal(GeorgiaCountry, document.Place("Georgia").GeonameId);
    }

    [Fact]
    public void A_bare_country_name_with_no_context_is_the_country()
    {
        var document = new PlaceDocuments("Georgia said it would hold talks.")
            .Entity("Georgia", EntityType.Gpe).Run();

        Assert.Equal(GeorgiaCountry, document.Place("Georgia").GeonameId);
    }

    [Fact]
    public void A_nationality_counts_as_evidence_for_its_country()
    {
        var document = new PlaceDocuments(
            "Georgian officials said the talks in Georgia would go ahead, Georgian media reported.")
            .Nationality("Georgian")
            .Entity("Georgia", EntityType.Gpe).Run();

        Assert.Equal(GeorgiaCountry, document.Place("Georgia").GeonameId);
    }

    [Fact]
    public void A_region_named_with_province_resolves_to_the_admin1_entry()
    {
        var document = new PlaceDocuments("The attack took place in Zabul Province in Afghanistan.")
            .Entity("Zabul Province", EntityType.Gpe)
            .Entity("Afghanistan", EntityType.Gpe).Run();

        var zabul = document.Place("Zabul Province");
        Assert.Equal(1121143, zabul.GeonameId);
        Assert.Equal("AF", zabul.CountryCode);
    }

    [Fact]
    public void A_city_named_like_its_region_is_the_city()
    {
        var document = new PlaceDocuments("Officials in Moscow confirmed the visit.")
            .Entity("Moscow", EntityType.Gpe).Run();

        Assert.Equal("PPLC", document.Place("Moscow").FeatureCode);
    }

    [Fact]
    public void Washington_DC_as_one_name_is_the_capital()
    {
        var document = new PlaceDocuments("He writes from Washington, D.C., for the paper.")
            .Entity("Washington, D.C.", EntityType.Gpe).Run();

        var washington = document.Place("Washington, D.C.");
        Assert.Equal(4140963, washington.GeonameId);
        Assert.Equal("US", washington.CountryCode);
    }

    [Fact]
    public void Persons_and_organisations_are_not_resolved()
    {
        var document = new PlaceDocuments("Jordan Peterson spoke to Georgia Power.")
            .Entity("Jordan Peterson", EntityType.Person)
            .Entity("Georgia Power", EntityType.Org).Run();

        Assert.Empty(document.Get(PlaceLayers.Resolved));
    }

    [Fact]
    public void A_place_whose_only_entry_lies_outside_the_named_region_stays_unresolved()
    {
        // "Sarh" in Chad has "Sarkh" among its alternate names; the text puts Sarkh in Logar.
        var document = new PlaceDocuments("The helicopter came down in Sarkh, Logar, in Afghanistan.")
            .Entity("Sarkh", EntityType.Gpe)
            .Entity("Logar", EntityType.Gpe)
            .Entity("Afghanistan", EntityType.Gpe).Run();

        Assert.DoesNotContain(document.Get(PlaceLayers.Resolved), p => p.EntityId == document.IdOf("Sarkh"));
        Assert.Equal("AF", document.Container("Sarkh")?.CountryCode);
    }

    [Fact]
    public void An_alternate_spelling_alone_in_a_country_nothing_else_names_stays_unresolved()
    {
        var document = new PlaceDocuments("Fighting was reported in Sarkh and in Afghanistan.")
            .Entity("Sarkh", EntityType.Gpe)
            .Entity("Afghanistan", EntityType.Gpe).Run();

        Assert.DoesNotContain(document.Get(PlaceLayers.Resolved), p => p.EntityId == document.IdOf("Sarkh"));
    }
}
