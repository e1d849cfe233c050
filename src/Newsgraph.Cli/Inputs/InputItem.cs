namespace Newsgraph.Cli.Inputs;

public enum InputItemKind
{
    File,
    StandardInput,
    Url,

    /// <summary>A path that does not exist or cannot be read; it becomes a refused report.</summary>
    Missing,
}

/// <summary>One page to analyse, as named on the command line or found in a folder.</summary>
public sealed record InputItem(InputItemKind Kind, string Location)
{
    public string Display => Kind == InputItemKind.StandardInput ? "-" : Location;
}
