namespace Newsgraph.Core.Pipeline;

/// <summary>Thrown by <see cref="PipelineBuilder.Build"/> for a pipeline that cannot run.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
