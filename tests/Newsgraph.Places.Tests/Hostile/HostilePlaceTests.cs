using System.Text;
using Newsgraph.Core.Documents;

namespace Newsgraph.Places.Tests.Hostile;

public sealed class HostilePlaceTests
{
    [Fact]
    public void Ten_thousand_mentions_of_one_place_resolve_once()
    {
        string text = string.Concat(Enumerable.Repeat("Moscow, Russia. ", 10_000));
        var document = new PlaceDocuments(text)
            .Entity("Moscow", EntityType.Gpe)
            .Entity("Russia", EntityType.Gpe).Run();

        Assert.Equal(2, document.Get(PlaceLayers.Resolved).Length);
        Assert.Equal(524901, document.Place("Moscow").GeonameId);
    }

    [Fact]
    public void Ten_thousand_distinct_place_entities_each_get_an_answer()
    {
        // Every city name of the gazetteer's most common kind, then made-up facilities: the work per
        // entity is capped (candidates, names, neighbours scanned), so this stays linear.
        var names = new[] { "Springfield", "Moscow", "Georgia", "Paris", "Portland", "Victoria", "Santa Cruz", "San Jose" };
        var text = new StringBuilder();
        var entities = new List<Entity>();
        for (int i = 0; i < 10_000; i++)
        {
            string name = i % 2 == 0 ? names[i % names.Length] : $"Pier {i}";
            int start = text.Length;
            text.Append(name).Append(" in ").Append(names[(i + 1) % names.Length]).Append(", ");
            entities.Add(new Entity
            {
                Id = "e" + (i + 1),
                Type = i % 2 == 0 ? EntityType.Gpe : EntityType.Fac,
                Name = name,
                Mentions = [new EntityMention(start, start + name.Length)],
            });
        }

        var document = new Document(text.ToString(), new SourceInfo("test:", "text/plain", text.Length, string.Empty));
        document.Add(EntityLayers.Entities, [.. entities]);
        new PlaceStage().Run(document, CancellationToken.None);

        Assert.Equal(5_000, document.Get(PlaceLayers.Resolved).Length);
    }

    [Fact]
    public void A_place_name_made_of_a_megabyte_is_left_unresolved()
    {
        string text = new('A', 1_000_000);
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, string.Empty));
        document.Add(EntityLayers.Entities, [new Entity { Id = "e1", Type = EntityType.Gpe, Name = text, Mentions = [new EntityMention(0, text.Length)] }]);
        new PlaceStage().Run(document, CancellationToken.None);

        Assert.Empty(document.Get(PlaceLayers.Resolved));
    }

    [Fact]
    public void A_document_without_places_gets_empty_layers()
    {
        var document = new PlaceDocuments("Nobody went anywhere.").Run();

        Assert.Empty(document.Get(PlaceLayers.Resolved));
        Assert.Empty(document.Get(PlaceLayers.Containers));
    }

    [Fact]
    public void Ten_thousand_organisation_mentions_with_place_cues_stay_bounded()
    {
        // Every mention carries cues (area of, a comma place, the city's): each reads a fixed window
        // and looks back a fixed number of mentions, so the work stays linear.
        string text = string.Concat(Enumerable.Repeat("in Pangram area of Sarkh, Logar; the city's Sarkh district. ", 10_000));
        var document = new PlaceDocuments(text)
            .Entity("Sarkh", EntityType.Org)
            .Entity("Logar", EntityType.Gpe).Run();

        Assert.Single(document.Get(PlaceLayers.Retyped));
        Assert.Equal("AF", document.Container("Sarkh")?.CountryCode);
    }

    [Fact]
    public void An_organisation_name_made_of_a_megabyte_is_not_a_place()
    {
        string text = new string('A', 1_000_000) + " district";
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, string.Empty));
        document.Add(EntityLayers.Entities, [new Entity { Id = "e1", Type = EntityType.Org, Name = text[..1_000_000], Mentions = [new EntityMention(0, 1_000_000)] }]);
        new PlaceStage().Run(document, CancellationToken.None);

        Assert.Empty(document.Get(PlaceLayers.Retyped));
        Assert.Empty(document.Get(PlaceLayers.Resolved));
        Assert.Empty(document.Get(PlaceLayers.Countries));
    }
}
