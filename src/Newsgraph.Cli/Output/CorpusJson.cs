using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Output;

/// <summary>JSON output of the corpus commands (camelCase, readable non-ASCII).</summary>
internal static class CorpusJson
{
    private static readonly JsonSerializerOptions Indented = new(CorpusJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CorpusJsonContext.Default,
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions Compact = new(Indented) { WriteIndented = false };

    public static string Serialize<T>(T value, bool indented = true) => JsonSerializer.Serialize(value, indented ? Indented : Compact);
}

/// <summary>A line of <c>export --format jsonl</c>: the JSONL ingest fields plus what the corpus adds.</summary>
internal sealed record ExportLine(string Id, string? Title, string Text, string? Published, string? Source, string? Url, string? Language, int Revision, string? Story, string? DuplicateOf);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchResults))]
[JsonSerializable(typeof(IReadOnlyList<StorySummary>))]
[JsonSerializable(typeof(StoryDetail))]
[JsonSerializable(typeof(EntityProfile))]
[JsonSerializable(typeof(ExportLine))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;
