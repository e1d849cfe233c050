using Newsgraph.Core.Input;
using Newsgraph.Core.Pipeline;
using Newsgraph.Entities;
using Newsgraph.Events;
using Newsgraph.Extraction;
using Newsgraph.Language;
using Newsgraph.Places;
using Newsgraph.Quotes;

namespace Newsgraph.Analysis;

/// <summary>
/// The full default pipeline: extraction, then the language core and the knowledge stages
/// (entities, times, quotes and claims, places, events) as they land. This is the one place the
/// stages are composed; <see cref="NewsgraphPipeline.CreateDefault"/> stays extraction-only for
/// callers that want the article alone (and for the extraction speed bench).
/// </summary>
public static class AnalysisPipeline
{
    public static Pipeline CreateDefault(InputLimits? limits = null)
    {
        var l = limits ?? InputLimits.Default;
        return new PipelineBuilder()
            .WithLimits(l)
            .ReadWith(new ExtractionStage(l))
            .Then(new LanguageStage())
            .Then(new EntityStage())
            .Then(new PlaceStage())
            .Then(new Newsgraph.Time.TimeStage())
            .Then(new QuoteStage())
            .Then(new EventStage())
            .Build();
    }
}
