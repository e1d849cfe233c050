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

    /// <summary>
    /// The country of place entities no gazetteer entry resolves and no container places in a country
    /// ("Kowloon West" → HK by its base name, "Forest Hill" → US as the article's dominant country).
    /// </summary>
    public static readonly LayerKey<ImmutableArray<PlaceCountry>> Countries = new("places.countries");

    /// <summary>
    /// Entities the entity stage typed as something else (mostly ORG) that the text and the gazetteer
    /// show to be places ("position in Pangram area of Sarkh, Logar", "Kowloon West district"): the
    /// places stage resolved them as places, and the report gives them this type.
    /// </summary>
    public static readonly LayerKey<ImmutableArray<PlaceRetype>> Retyped = new("places.retyped");
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

/// <summary>Where the country of an unresolved place comes from.</summary>
public enum PlaceCountrySource
{
    /// <summary>A region or country named right after a comma that is no entity ("Sarkh, Logar" → AF).</summary>
    CommaRegion,

    /// <summary>Its name less a compass or part word names a gazetteer place ("Kowloon West" → Kowloon).</summary>
    BaseName,

    /// <summary>The country the article's places and actors point to overwhelmingly.</summary>
    Article,

    /// <summary>A street or local facility takes the country of the nearest city or region named before it.</summary>
    NearestPlace,
}

/// <summary>The country of a place entity with no gazetteer entry and no container that gives one.</summary>
public sealed record PlaceCountry(string EntityId, string CountryCode, PlaceCountrySource Source);

/// <summary>An entity the places stage treats as a place although the entity stage typed it otherwise; <see cref="Cues"/> says why.</summary>
public sealed record PlaceRetype(string EntityId, EntityType From, EntityType To, string Cues);
