namespace Newsgraph.Extraction.Fetching;

/// <summary>Thrown from the connect callback when a host resolves to an address we may not reach.</summary>
internal sealed class UrlRefusedException(string message) : Exception(message);
