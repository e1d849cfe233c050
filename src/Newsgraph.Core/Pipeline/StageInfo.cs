namespace Newsgraph.Core.Pipeline;

/// <summary>A stage's versioned id ("extraction.v1") and the model it runs, if any.</summary>
public sealed record StageInfo(string Id, string? Model = null);
