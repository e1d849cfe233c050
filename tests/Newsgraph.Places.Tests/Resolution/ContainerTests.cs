using Newsgraph.Core.Documents;

namespace Newsgraph.Places.Tests.Resolution;

public sealed class ContainerTests
{
    [Fact]
    public void An_unknown_facility_keeps_the_place_after_in()
    {
        var document = new PlaceDocuments("The ferry docked at Pier 33 in San Francisco on Friday.")
            .Entity("Pier 33", EntityType.Fac)
            .Entity("San Francisco", EntityType.Gpe).Run();

        Assert.DoesNotContain(document.Get(PlaceLayers.Resolved), p => p.EntityId == document.IdOf("Pier 33"));
        var container = document.Container("Pier 33");
        Assert.NotNull(container);
        Assert.Equal(document.IdOf("San Francisco"), container.ContainerEntityId);
        Assert.Equal("US", container.CountryCode);
    }

    [Fact]
    public void A_possessive_place_before_a_facility_contains_it()
    {
        var document = new PlaceDocuments("He took the child to Fort Worth's Magnolia Suites hotel.")
            .Entity("Fort Worth", EntityType.Gpe)
            .Entity("Magnolia Suites", EntityType.Fac).Run();

        var container = document.Container("Magnolia Suites");
        Assert.NotNull(container);
        Assert.Equal("US", container.CountryCode);
    }

    [Fact]
    public void An_appositive_naming_a_country_gives_the_container()
    {
        var document = new PlaceDocuments("He will visit Pier 33, the location of Russia's Pacific fleet.")
            .Entity("Pier 33", EntityType.Fac)
            .Entity("Russia", EntityType.Gpe).Run();

        Assert.Equal("RU", document.Container("Pier 33")?.CountryCode);
    }

    [Fact]
    public void A_chain_of_containers_reaches_a_country()
    {
        var document = new PlaceDocuments("Fighters held positions in Qarabagh area of Dehsabz, Logar, the officials said.")
            .Entity("Qarabagh", EntityType.Loc)
            .Entity("Dehsabz", EntityType.Gpe)
            .Entity("Logar", EntityType.Gpe).Run();

        Assert.Equal(document.IdOf("Dehsabz"), document.Container("Qarabagh")?.ContainerEntityId);
        Assert.Equal("AF", document.Container("Qarabagh")?.CountryCode);
    }

    [Fact]
    public void A_facility_with_no_place_in_reach_has_no_container()
    {
        var document = new PlaceDocuments("Kim will visit Pier 33 next week, officials said about Russia.")
            .Entity("Pier 33", EntityType.Fac)
            .Entity("Russia", EntityType.Gpe).Run();

        Assert.Null(document.Container("Pier 33"));
    }

    [Fact]
    public void A_container_shows_as_the_facility_country_in_the_report()
    {
        var document = new PlaceDocuments("The ferry docked at Pier 33 in San Francisco on Friday.")
            .Entity("Pier 33", EntityType.Fac)
            .Entity("San Francisco", EntityType.Gpe).Run();

        var report = Core.Report.ReportBuilder.Build(document, []);
        var pier = report.Entities.Single(e => e.Name == "Pier 33");
        Assert.Null(pier.Geo);
        Assert.Equal("US", pier.Country);
        Assert.NotNull(report.Entities.Single(e => e.Name == "San Francisco").Geo);
    }
}
