using System.Text.Json.Serialization;

namespace Newsgraph.Core.Report;

/// <summary>Source-generated JSON metadata for the report: no reflection, fast start-up.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(AnalysisReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
