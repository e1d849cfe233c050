using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>
/// The layers the places stage produces: a GeoNames resolution for place entities, and the
/// containing place of places the gazetteer lacks ("Pier 33 in San Francisco"). They are separate
/// layers (not fields written into <see cref="Entity"/>) because layers are append-only and the
/// places stage runs after the entity stage.
/// </summary>
public static class PlaceLayers
{
    public static readonly LayerKey<ImmutableArray<ResolvedPlace>> Resolved = new("places.resolved");

    public static readonly LayerKey<ImmutableArray<PlaceContainer>> Containers = new("places.containers");
}

/// <summary>A place entity resolved to one GeoNames entry.</summary>
public sealed record ResolvedPlace(string EntityId, long GeonameId, double Lat, double Lon, string? FeatureCode, string? CountryCode)
{
    /// <summary>GeoNames admin-1 code within the country ("ID" for Idaho, "48" for Moscow city); null for a country.</summary>
    public string? Admin1 { get; init; }
}

/// <summary>
/// A place entity with no gazetteer entry and the place entity the text puts it in ("Forest Hill's
/// WoodSpring Suites", "Pier 33, the location of Russia's Pacific fleet"); <see cref="CountryCode"/>
/// is the container's country when the container (or its own container) resolved.
/// </summary>
public sealed record PlaceContainer(string EntityId, string ContainerEntityId, string? CountryCode);
