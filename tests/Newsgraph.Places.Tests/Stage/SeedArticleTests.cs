using Newsgraph.Analysis;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Input;
using Newsgraph.TestSupport;

namespace Newsgraph.Places.Tests.Stage;

/// <summary>The seed article through the full default pipeline: its places resolved as a reader expects.</summary>
public sealed class SeedArticleTests
{
    [Theory]
    [InlineData("Vladivostok", 2013348, "RU")]
    [InlineData("Moscow", 524901, "RU")]
    [InlineData("Russia", 2017370, "RU")]
    [InlineData("Ukraine", 690791, "UA")]
    [InlineData("North Korea", 1873107, "KP")]
    public void Seed_places_resolve_to_their_GeoNames_entries(string name, long geonameId, string country)
    {
        if (RepoPaths.Shared is null)
        {
            // ../shared is not on this machine; nothing to check against.
            return;
        }

        string path = Path.Combine(RepoPaths.Shared, "seed", "000_21bbfc0d75dd26d7.txt");
        var input = new RawInput(path, File.ReadAllBytes(path), "text/plain") { PublishedFallback = new DateOnly(2023, 9, 5) };
        // No stage time limit: on a loaded machine the first document also pays for loading the models.
        var document = AnalysisPipeline.CreateDefault(InputLimits.Default with { Timeout = TimeSpan.FromMinutes(10) }).Run(input);

        var entities = document.Get(EntityLayers.Entities);
        var entity = entities.FirstOrDefault(e => e.Name == name) ?? entities.First(e => e.Aliases.Contains(name));
        var place = document.Get(PlaceLayers.Resolved).Single(p => p.EntityId == entity.Id);
        if (entity.Name != name)
        {
            // The entity stage reads a capital as its government (an alias of the country): then the country is right.
            Assert.Equal(country, place.CountryCode);
            return;
        }

        Assert.Equal(geonameId, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
    }
}
