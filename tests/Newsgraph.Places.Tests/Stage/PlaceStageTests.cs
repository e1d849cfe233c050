using Newsgraph.Core.Documents;

namespace Newsgraph.Places.Tests.Stage;

public sealed class PlaceStageTests
{
    [Fact]
    public void The_stage_declares_its_id_inputs_and_outputs()
    {
        var stage = new PlaceStage();

        Assert.Equal("places.v1", stage.Info.Id);
        Assert.Equal([EntityLayers.Entities.Name], stage.Requires);
        Assert.Contains(PlaceLayers.Resolved.Name, stage.Produces);
        Assert.Contains(PlaceLayers.Containers.Name, stage.Produces);
    }

    [Fact]
    public void The_report_carries_geo_for_a_resolved_place()
    {
        var document = new PlaceDocuments("Kim arrived in Vladivostok by train.")
            .Entity("Vladivostok", EntityType.Gpe).Run();

        var entity = Core.Report.ReportBuilder.Build(document, []).Entities.Single();
        Assert.NotNull(entity.Geo);
        Assert.Equal(2013348, entity.Geo.GeonameId);
        Assert.Equal("RU", entity.Country);
        Assert.InRange(entity.Geo.Lat, 43, 44);
        Assert.InRange(entity.Geo.Lon, 131, 133);
    }
}
