namespace Newsgraph.Core.Documents;

/// <summary>Where a document came from, as the report's <c>source</c> object shows it.</summary>
public sealed record SourceInfo(string Uri, string ContentType, long Bytes, string Sha256);
