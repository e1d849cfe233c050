using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>
/// The layers the entity stage produces. <see cref="Entities"/> holds one record per real-world
/// referent of the document (aliases merged); later stages (quotes, claims, events, places) point at
/// entities by <see cref="Entity.Id"/> and at mentions by span.
/// </summary>
public static class EntityLayers
{
    /// <summary>Entities of the document, in order of first mention; ids are "e1", "e2", ….</summary>
    public static readonly LayerKey<ImmutableArray<Entity>> Entities = new("entities.entities");
}

/// <summary>The types the report uses for entities (report v1 names in <see cref="EntityTypeNames"/>).</summary>
public enum EntityType
{
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Fac,
    Event,
    Product,
    Work,

    /// <summary>
    /// A group or person the text names only by a description ("protesters", "Afghan police",
    /// "the girl"), with its sector from the Phoenix agents dictionary. Not a named entity: the
    /// events stage adds one only when it is an event's actor (<see cref="EventLayers.Agents"/>).
    /// </summary>
    Agent,
}

/// <summary>One mention of an entity: its span in <see cref="Document.Text"/>.</summary>
public readonly record struct EntityMention(int Start, int End)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// One real-world referent named in the document: its canonical name, the other surface forms used
/// (aliases), a key that is the same across documents, roles and affiliations stated in the text,
/// the ISO 3166 alpha-2 country it belongs to where one applies, and every mention.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    public required string Name { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Cross-document key: "geonames:ID", "actor:CODE", or "person:kim-jong-un" style.</summary>
    public string? Key { get; init; }

    /// <summary>Roles from the text ("spokesman", "North Korean leader").</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>Ids of entities this one is affiliated with ("White House spokesman John Kirby" → the White House).</summary>
    public ImmutableArray<string> Affiliations { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 code ("KP" for "North Korean", "RU" for "the Kremlin").</summary>
    public string? Country { get; init; }

    /// <summary>Actor sector where known (government, military, media, business, opposition …).</summary>
    public string? Sector { get; init; }

    public ImmutableArray<EntityMention> Mentions { get; init; } = [];
}

/// <summary>The report's names for <see cref="EntityType"/>.</summary>
public static class EntityTypeNames
{
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        EntityType.Product => "PRODUCT",
        EntityType.Work => "WORK",
        EntityType.Agent => "AGENT",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
