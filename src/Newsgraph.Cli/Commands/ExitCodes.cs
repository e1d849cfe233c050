namespace Newsgraph.Cli.Commands;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analysed.</summary>
    public const int Success = 0;

    /// <summary>At least one input was refused or failed (its report carries an error diagnostic).</summary>
    public const int InputFailed = 1;

    /// <summary>The command line was wrong (System.CommandLine's own code for parse errors).</summary>
    public const int Usage = 2;

    /// <summary>The corpus database could not be used (not a database, read-only, disk full).</summary>
    public const int StoreFailed = 3;
}
