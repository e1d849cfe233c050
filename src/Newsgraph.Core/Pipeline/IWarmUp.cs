namespace Newsgraph.Core.Pipeline;

/// <summary>
/// A stage with resources (models, lexicons) it would otherwise load on its first document. A
/// one-page run (the CLI's cold start) calls <see cref="WarmUp"/> on a background thread while the
/// page is read and extracted, so the load overlaps that work instead of following it.
/// </summary>
public interface IWarmUp
{
    /// <summary>Loads what the first <c>Run</c> would load. Idempotent and thread-safe; a failure here
    /// is left for <c>Run</c> to report.</summary>
    void WarmUp();
}
