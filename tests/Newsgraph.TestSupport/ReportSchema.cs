using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Newsgraph.TestSupport;

/// <summary>
/// Validates report JSON against docs/schema/report-v1.schema.json, and checks what a schema
/// cannot: every span lies inside article.text and starts before it ends.
/// </summary>
public static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepoPaths.InRepo("docs", "schema", "report-v1.schema.json"))));

    public static void AssertValid(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .Take(20);
            Assert.Fail("Report does not match report-v1 schema:\n" + string.Join("\n", errors) + "\n" + json[..Math.Min(json.Length, 2000)]);
        }

        AssertSpansInsideText(JsonNode.Parse(json)!);
    }

    private static void AssertSpansInsideText(JsonNode report)
    {
        int length = report["article"]!["text"]!.GetValue<string>().Length;
        foreach (var (path, start, end) in Spans(report))
        {
            Assert.True(start >= 0 && start <= end && end <= length, $"span {path} [{start},{end}) is outside article.text of length {length}");
        }
    }

    private static IEnumerable<(string Path, int Start, int End)> Spans(JsonNode report)
    {
        foreach (string list in new[] { "blocks", "links" })
        {
            foreach (var item in report["article"]![list]!.AsArray())
            {
                yield return ($"article.{list}", item!["start"]!.GetValue<int>(), item["end"]!.GetValue<int>());
            }
        }

        foreach (string list in new[] { "times", "quotes", "claims" })
        {
            foreach (var item in report[list]!.AsArray())
            {
                yield return (list, item!["start"]!.GetValue<int>(), item["end"]!.GetValue<int>());
            }
        }

        foreach (var entity in report["entities"]!.AsArray())
        {
            foreach (var mention in entity!["mentions"]!.AsArray())
            {
                yield return ("entities.mentions", mention!["start"]!.GetValue<int>(), mention["end"]!.GetValue<int>());
            }
        }

        foreach (var ev in report["events"]!.AsArray())
        {
            yield return ("events.trigger", ev!["trigger"]!["start"]!.GetValue<int>(), ev["trigger"]!["end"]!.GetValue<int>());
            yield return ("events.sentence", ev["sentence"]!["start"]!.GetValue<int>(), ev["sentence"]!["end"]!.GetValue<int>());
        }
    }
}
