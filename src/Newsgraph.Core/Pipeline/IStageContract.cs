namespace Newsgraph.Core.Pipeline;

/// <summary>What every stage declares: who it is, which layers it reads and which it writes.</summary>
public interface IStageContract
{
    StageInfo Info { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Produces { get; }
}
