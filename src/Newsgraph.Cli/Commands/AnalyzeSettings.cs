using Newsgraph.Core.Input;

namespace Newsgraph.Cli.Commands;

/// <summary>Everything <c>analyze</c> was asked to do, after the command line was parsed and checked.</summary>
internal sealed record AnalyzeSettings(
    IReadOnlyList<string> Inputs,
    string? Format,
    FileInfo? Out,
    DateOnly? Published,
    bool AllowPrivate,
    InputLimits Limits,
    int Threads,
    string NerMode = AnalyzeSettings.FastNer)
{
    public const string FastNer = "fast";
    public const string AccurateNer = "accurate";
}
