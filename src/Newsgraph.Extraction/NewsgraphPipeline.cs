using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;

namespace Newsgraph.Extraction;

/// <summary>The default pipeline of this version: extraction only. Later stages join here.</summary>
public static class NewsgraphPipeline
{
    public static Pipeline CreateDefault(InputLimits? limits = null)
    {
        var l = limits ?? InputLimits.Default;
        return new PipelineBuilder().WithLimits(l).ReadWith(new ExtractionStage(l)).Build();
    }
}
