namespace Newsgraph.Core.Input;

/// <summary>
/// Limits every input path enforces, so that hostile input gets a clear error instead of a hang
/// or unbounded memory.
/// </summary>
public sealed record InputLimits
{
    /// <summary>Largest raw input accepted. News pages are rarely over 2 MB; 16 MiB leaves room for
    /// inlined assets while keeping a parse well under a second and ~10x that in memory.</summary>
    public long MaxInputBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest size a compressed input may expand to (gzip bombs stop here).</summary>
    public long MaxDecompressedBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest element nesting walked. Real pages stay under ~60 levels; 100,000-deep pages
    /// must not blow the stack or make the parser quadratic.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Wall-clock budget for analysing one document.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public static InputLimits Default { get; } = new();
}
