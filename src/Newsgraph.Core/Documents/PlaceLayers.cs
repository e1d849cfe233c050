using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>
/// The layer the places stage produces: a GeoNames resolution for place entities. It is a separate
/// layer (not a field written into <see cref="Entity"/>) because layers are append-only and the
/// places stage runs after the entity stage.
/// </summary>
public static class PlaceLayers
{
    public static readonly LayerKey<ImmutableArray<ResolvedPlace>> Resolved = new("places.resolved");
}

/// <summary>A place entity resolved to one GeoNames entry.</summary>
public sealed record ResolvedPlace(string EntityId, long GeonameId, double Lat, double Lon, string? FeatureCode, string? CountryCode);
