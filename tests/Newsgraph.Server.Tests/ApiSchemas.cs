using System.Text.Json;
using Json.Schema;
using Newsgraph.TestSupport;

namespace Newsgraph.Server.Tests;

/// <summary>Validates API JSON against docs/schema/api/*.schema.json.</summary>
internal static class ApiSchemas
{
    // JsonSchema.Net registers a schema by its $id globally and refuses a second load: load each once
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new();

    public static void AssertValid(string schemaName, string json)
    {
        var schema = Loaded.GetOrAdd(schemaName, name => new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(RepoPaths.InRepo("docs", "schema", "api", name + ".schema.json"))))).Value;
        using var parsed = JsonDocument.Parse(json);
        var result = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .Take(20);
            Assert.Fail($"Response does not match {schemaName}:\n" + string.Join("\n", errors) + "\n" + json[..Math.Min(json.Length, 2000)]);
        }
    }
}
