using System.Text.Json.Serialization;

namespace Newsgraph.Corpus.Store;

/// <summary>Source-generated JSON for the small lists the store keeps in text columns (entity roles).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
