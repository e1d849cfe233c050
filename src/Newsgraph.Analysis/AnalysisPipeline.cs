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
    public static Pipeline CreateDefault(InputLimits? limits = null) => Create(KnowledgeStages(), limits);

    /// <summary>The default pipeline with another NER token tagger in the entity stage (the accurate mode).</summary>
    public static Pipeline CreateDefault(InputLimits? limits, ITokenTagger nerTagger) => Create(KnowledgeStages(nerTagger), limits);

    /// <summary>The default pipeline's stages after extraction, in run order (new instances each call).</summary>
    public static IReadOnlyList<IStage> KnowledgeStages() => KnowledgeStages(null);

    /// <summary>The stages with <paramref name="nerTagger"/> (null: the fast tagger) in the entity stage.</summary>
    public static IReadOnlyList<IStage> KnowledgeStages(ITokenTagger? nerTagger) =>
    [
        new LanguageStage(),
        nerTagger is null ? new EntityStage() : new EntityStage(nerTagger),
        new PlaceStage(),
        new Newsgraph.Time.TimeStage(),
        new QuoteStage(),
        new EventStage(),
    ];

    /// <summary>
    /// Extraction followed by the given stages (a prefix of <see cref="KnowledgeStages"/> lets a bench
    /// price each stage as the difference between two prefixes).
    /// </summary>
    public static Pipeline Create(IEnumerable<IStage> stages, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var l = limits ?? InputLimits.Default;
        var builder = new PipelineBuilder().WithLimits(l).ReadWith(new ExtractionStage(l));
        foreach (var stage in stages)
        {
            builder.Then(stage);
        }

        return builder.Build();
    }
}
