using System.Collections.Immutable;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Pipeline;
using Newsgraph.Places.Gazetteer;
using Newsgraph.Places.Resolution;

namespace Newsgraph.Places;

/// <summary>
/// The places stage: every place entity (GPE, LOC) resolved to a GeoNames entry (id, centre,
/// country, feature code, admin-1) with the document's other places, groups and organisations as
/// context; places the gazetteer lacks (facilities, districts) keep the place the text puts them in,
/// or a country from their base name or the article; entities typed ORG that are places by context
/// ("Pangram area of Sarkh, Logar") are resolved as places and retyped.
/// Reads the entity layer only; the gazetteer is embedded and loaded on first use or by <see cref="WarmUp"/>.
/// </summary>
public sealed class PlaceStage : IStage, IWarmUp
{
    private readonly PlaceGazetteer? gazetteer;

    public PlaceStage()
    {
    }

    internal PlaceStage(PlaceGazetteer gazetteer) => this.gazetteer = gazetteer;

    public StageInfo Info { get; } = new("places.v1", "places-gazetteer-v1");

    public IReadOnlyList<string> Requires { get; } = [EntityLayers.Entities.Name];

    public IReadOnlyList<string> Produces { get; } = [PlaceLayers.Resolved.Name, PlaceLayers.Containers.Name, PlaceLayers.Countries.Name, PlaceLayers.Retyped.Name];

    /// <summary>Loads the gazetteer ahead of the first document (after the entity models: see
    /// <see cref="Newsgraph.Core.Pipeline.Pipeline.WarmUpInBackground"/>), so a page that names a place does not load it on
    /// the document's own thread.</summary>
    public void WarmUp() => _ = gazetteer ?? PlaceGazetteer.Default;

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Get(EntityLayers.Entities);
        // With no entity at all there is nothing to place (and no need to load the gazetteer); an ORG
        // alone may still be a place by its context ("in Pangram area of Sarkh").
        var result = entities.IsEmpty
            ? new PlaceResolution([], [], [], [])
            : new PlaceResolver(gazetteer ?? PlaceGazetteer.Default).Resolve(document.Text, entities, cancellationToken);
        document.Add(PlaceLayers.Resolved, result.Resolved);
        document.Add(PlaceLayers.Containers, result.Containers);
        document.Add(PlaceLayers.Countries, result.Countries);
        document.Add(PlaceLayers.Retyped, result.Retyped);
    }
}
