using System.Text.Encodings.Web;
using System.Text.Json;

namespace Newsgraph.Core.Report;

/// <summary>Writes and reads reports as JSON (schema version 1).</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Compact = new(ReportJsonContext.Default.Options)
    {
        // Reports carry article text: keep non-ASCII readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ReportJsonContext.Default,
    };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static string Serialize(AnalysisReport report, bool indented = false) =>
        JsonSerializer.Serialize(report, indented ? Indented : Compact);

    public static void Serialize(Stream stream, AnalysisReport report, bool indented = false) =>
        JsonSerializer.Serialize(stream, report, indented ? Indented : Compact);

    public static AnalysisReport? Deserialize(string json) => JsonSerializer.Deserialize<AnalysisReport>(json, Compact);
}
