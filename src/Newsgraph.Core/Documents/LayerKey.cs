namespace Newsgraph.Core.Documents;

/// <summary>
/// Names one annotation layer and the type of its value. Stages declare the layer names they
/// require and produce; the pipeline builder checks those names before anything runs.
/// </summary>
public sealed record LayerKey<T>(string Name) where T : notnull
{
    public override string ToString() => Name;
}
