using Newsgraph.Core.Diagnostics;
using Newsgraph.Core.Input;

namespace Newsgraph.Extraction.Fetching;

/// <summary>A fetched page (<see cref="Input"/>) or why it could not be fetched (<see cref="Error"/>).</summary>
public sealed record FetchResult(RawInput? Input, Diagnostic? Error)
{
    public static FetchResult Ok(RawInput input) => new(input, null);

    public static FetchResult Refused(string message) => new(null, Diagnostic.Error(DiagnosticCodes.UrlRefused, message));

    public static FetchResult Failed(string message) => new(null, Diagnostic.Error(DiagnosticCodes.FetchFailed, message));
}
