using Newsgraph.Core.Input;

namespace Newsgraph.Core.Pipeline;

/// <summary>
/// Composes a reader and annotating stages into a <see cref="Pipeline"/>, refusing any pipeline
/// where a stage requires a layer that no earlier stage produces, or two stages produce the same
/// layer, or two stages share an id.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> stages = [];
    private IReaderStage? reader;
    private InputLimits limits = InputLimits.Default;

    public PipelineBuilder ReadWith(IReaderStage readerStage)
    {
        reader = readerStage ?? throw new ArgumentNullException(nameof(readerStage));
        return this;
    }

    public PipelineBuilder Then(IStage stage)
    {
        stages.Add(stage ?? throw new ArgumentNullException(nameof(stage)));
        return this;
    }

    public PipelineBuilder WithLimits(InputLimits inputLimits)
    {
        limits = inputLimits ?? throw new ArgumentNullException(nameof(inputLimits));
        return this;
    }

    public Pipeline Build()
    {
        if (reader is null)
        {
            throw new PipelineConfigurationException("A pipeline needs a reader stage (call ReadWith) to turn input into a document.");
        }

        if (reader.Requires.Count > 0)
        {
            throw new PipelineConfigurationException(
                $"Reader stage '{reader.Info.Id}' requires layers [{string.Join(", ", reader.Requires)}], but nothing runs before a reader.");
        }

        var produced = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal) { reader.Info.Id };
        foreach (var layer in reader.Produces)
        {
            produced[layer] = reader.Info.Id;
        }

        foreach (var stage in stages)
        {
            if (!ids.Add(stage.Info.Id))
            {
                throw new PipelineConfigurationException($"Stage id '{stage.Info.Id}' appears twice in the pipeline.");
            }

            var missing = stage.Requires.Where(r => !produced.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineConfigurationException(
                    $"Stage '{stage.Info.Id}' requires [{string.Join(", ", missing)}], which no earlier stage produces. " +
                    $"Available: [{string.Join(", ", produced.Keys.Order(StringComparer.Ordinal))}].");
            }

            foreach (var layer in stage.Produces)
            {
                if (produced.TryGetValue(layer, out var owner))
                {
                    throw new PipelineConfigurationException(
                        $"Stage '{stage.Info.Id}' produces '{layer}', which '{owner}' already produces; layers are written once.");
                }

                produced[layer] = stage.Info.Id;
            }
        }

        return new Pipeline(reader, [.. stages], limits);
    }
}
