using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Places;

namespace Newsgraph.Places.Tests;

/// <summary>
/// Builds a document with a hand-made entity layer (every occurrence of each surface form is a
/// mention) and runs the places stage on it, so the tests depend on the entity layer's contract
/// only, not on what the entity stage happens to find.
/// </summary>
internal sealed class PlaceDocuments(string text)
{
    private readonly List<Entity> entities = [];

    public PlaceDocuments Entity(string name, EntityType type, params string[] aliases) => Add(name, type, null, aliases);

    public PlaceDocuments Nationality(string name, string? country = null) => Add(name, EntityType.Norp, country, []);

    public Document Run()
    {
        var document = new Document(text, new SourceInfo("test:", "text/plain", text.Length, string.Empty));
        document.Add(EntityLayers.Entities, [.. entities]);
        new PlaceStage().Run(document, CancellationToken.None);
        return document;
    }

    private PlaceDocuments Add(string name, EntityType type, string? country, string[] aliases)
    {
        var mentions = new List<EntityMention>();
        foreach (string form in aliases.Prepend(name))
        {
            for (int at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                bool wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                bool wordEnd = at + form.Length == text.Length || !char.IsLetterOrDigit(text[at + form.Length]);
                if (wordStart && wordEnd && !mentions.Exists(m => m.Start < at + form.Length && at < m.End))
                {
                    mentions.Add(new EntityMention(at, at + form.Length));
                }
            }
        }

        entities.Add(new Entity
        {
            Id = "e" + (entities.Count + 1),
            Type = type,
            Name = name,
            Aliases = [.. aliases],
            Country = country,
            Mentions = [.. mentions.OrderBy(m => m.Start)],
        });
        return this;
    }
}

internal static class PlaceAssertions
{
    public static ResolvedPlace Place(this Document document, string entityName)
    {
        var entity = document.Get(EntityLayers.Entities).Single(e => e.Name == entityName);
        var place = document.Get(PlaceLayers.Resolved).SingleOrDefault(p => p.EntityId == entity.Id);
        Assert.True(place is not null, $"{entityName} was not resolved");
        return place;
    }

    public static PlaceContainer? Container(this Document document, string entityName)
    {
        var entity = document.Get(EntityLayers.Entities).Single(e => e.Name == entityName);
        return document.Get(PlaceLayers.Containers).SingleOrDefault(c => c.EntityId == entity.Id);
    }

    public static string IdOf(this Document document, string entityName) =>
        document.Get(EntityLayers.Entities).Single(e => e.Name == entityName).Id;
}
