using Newsgraph.Core.Pipeline;

namespace Newsgraph.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Builds_a_pipeline_whose_requirements_are_met()
    {
        var pipeline = new PipelineBuilder()
            .ReadWith(new FakeReader("article.info"))
            .Then(new FakeStage("tokens.v1", ["article.info"], ["tokens"]))
            .Then(new FakeStage("entities.v1", ["tokens"], ["entities"]))
            .Build();

        Assert.Equal(["fake-reader.v1", "tokens.v1", "entities.v1"], pipeline.Stages.Select(s => s.Id));
    }

    [Fact]
    public void Refuses_a_stage_whose_required_layer_nobody_produces()
    {
        var builder = new PipelineBuilder()
            .ReadWith(new FakeReader("article.info"))
            .Then(new FakeStage("entities.v1", ["tokens"], ["entities"]));

        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("entities.v1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tokens", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_requirement_produced_only_by_a_later_stage()
    {
        var builder = new PipelineBuilder()
            .ReadWith(new FakeReader())
            .Then(new FakeStage("entities.v1", ["tokens"], ["entities"]))
            .Then(new FakeStage("tokens.v1", [], ["tokens"]));

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void Refuses_two_stages_producing_the_same_layer()
    {
        var builder = new PipelineBuilder()
            .ReadWith(new FakeReader("tokens"))
            .Then(new FakeStage("tokens.v2", [], ["tokens"]));

        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("already produces", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pipeline_without_a_reader()
    {
        Assert.Throws<PipelineConfigurationException>(() => new PipelineBuilder().Build());
    }

    [Fact]
    public void Refuses_duplicate_stage_ids()
    {
        var builder = new PipelineBuilder()
            .ReadWith(new FakeReader())
            .Then(new FakeStage("x.v1", [], ["a"]))
            .Then(new FakeStage("x.v1", [], ["b"]));

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }
}
