using System.Text.Json.Serialization;

namespace Newsgraph.Core.Report;

/// <summary>
/// The report, schema version 1 (docs/schema/report-v1.schema.json). Field names and meanings are
/// stable; fields may be added. Changing this type is a deliberate act: update the schema, the
/// docs and the schema tests with it.
/// </summary>
public sealed record AnalysisReport
{
    public const string CurrentSchemaVersion = "1";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required ReportSource Source { get; init; }

    public required ReportArticle Article { get; init; }

    public IReadOnlyList<ReportEntity> Entities { get; init; } = [];

    public IReadOnlyList<ReportTime> Times { get; init; } = [];

    public IReadOnlyList<ReportQuote> Quotes { get; init; } = [];

    public IReadOnlyList<ReportClaim> Claims { get; init; } = [];

    public IReadOnlyList<ReportEvent> Events { get; init; } = [];

    public IReadOnlyList<ReportDiagnostic> Diagnostics { get; init; } = [];

    public required ReportPipeline Pipeline { get; init; }
}

public sealed record ReportSource(string Uri, string ContentType, long Bytes, string Sha256);

public sealed record ReportArticle
{
    public string? Title { get; init; }

    public IReadOnlyList<ReportAuthor> Authors { get; init; } = [];

    /// <summary>Organisations credited as authors ("Reuters", "Staff"); an addition to v1.</summary>
    public IReadOnlyList<string> AuthorOrgs { get; init; } = [];

    public string? Published { get; init; }

    public string? Modified { get; init; }

    public string? Site { get; init; }

    public IReadOnlyList<string> Section { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Language { get; init; }

    public string? CanonicalUrl { get; init; }

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<ReportBlock> Blocks { get; init; } = [];

    public IReadOnlyList<ReportImage> Images { get; init; } = [];

    public IReadOnlyList<ReportLink> Links { get; init; } = [];
}

public sealed record ReportAuthor(string Name, string? Bio);

public sealed record ReportBlock(string Kind, int Start, int End);

public sealed record ReportImage(string? Url, string? Caption, string? Credit, string? Alt);

public sealed record ReportLink(int Start, int End, string Href);

public sealed record ReportSpan(int Start, int End);

public sealed record ReportGeo(long GeonameId, double Lat, double Lon, string? FeatureCode);

public sealed record ReportEntity
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Key { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public string? Country { get; init; }

    public ReportGeo? Geo { get; init; }

    public IReadOnlyList<ReportSpan> Mentions { get; init; } = [];
}

public sealed record ReportDateRange(string Start, string End);

public sealed record ReportTime
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public string? Value { get; init; }

    public ReportDateRange? Range { get; init; }

    public required string Certainty { get; init; }
}

public sealed record ReportQuote
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public string? Speaker { get; init; }

    public string? SpeakerText { get; init; }

    /// <summary>How an unnamed speaker is described (SpeakerKinds), or null; added in 1.x.</summary>
    public string? SpeakerKind { get; init; }

    public string? Cue { get; init; }

    public string? Medium { get; init; }
}

public sealed record ReportClaimSource(string? Entity, string Text)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }
}

public sealed record ReportClaim
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public IReadOnlyList<ReportClaimSource> Sources { get; init; } = [];

    public required string Status { get; init; }

    public bool Hedged { get; init; }
}

public sealed record ReportEvent
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public string? Mode { get; init; }

    public required ReportSpan Trigger { get; init; }

    public IReadOnlyList<string> Source { get; init; } = [];

    public IReadOnlyList<string> Target { get; init; } = [];

    public string? Place { get; init; }

    public string? Time { get; init; }

    public required string Modality { get; init; }

    public string? Claim { get; init; }

    public required ReportSpan Sentence { get; init; }
}

public sealed record ReportDiagnostic(string Code, string Severity, string Message);

public sealed record ReportPipeline(string Version, IReadOnlyList<ReportStage> Stages);

public sealed record ReportStage(string Id, string? Model);
