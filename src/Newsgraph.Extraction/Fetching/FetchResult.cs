using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Fetching;

/// <summary>Either the fetched page as raw input, or the coded error that says why not.</summary>
public sealed record FetchResult(RawInput? Input, Diagnostic? Error)
{
    public static FetchResult Refused(string message) => new(null, Diagnostic.Error(DiagnosticCodes.UrlRefused, message));

    public static FetchResult Failed(string message) => new(null, Diagnostic.Error(DiagnosticCodes.FetchFailed, message));
}
