using Newsgraph.Core.Input;

namespace Newsgraph.Cli.Commands;

/// <summary>Everything <c>ingest</c> was asked to do, after the command line was parsed and checked.</summary>
internal sealed record IngestSettings(
    IReadOnlyList<string> Inputs,
    string DbPath,
    InputLimits Limits,
    int Threads,
    bool AllowPrivate,
    bool Refetch,
    bool PrintIds,
    long? MaxDbBytes,
    bool Bulk = false);
