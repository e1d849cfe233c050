namespace Newsgraph.Extraction.Fetching;

/// <summary>Raised inside the connection callback when every address of a host is refused.</summary>
internal sealed class UrlRefusedException(string message) : Exception(message);
