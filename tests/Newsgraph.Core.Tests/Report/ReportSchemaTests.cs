using System.Text.Json.Nodes;
using Newsgraph.Core.Documents;
using Newsgraph.Core.Report;
using Newsgraph.TestSupport;
using Xunit.Sdk;

namespace Newsgraph.Core.Tests.Report;

public sealed class ReportSchemaTests
{
    private static AnalysisReport FullReport() => new()
    {
        Source = new ReportSource("file:///tmp/page.html", "text/html", 48213, new string('a', 64)),
        Article = new ReportArticle
        {
            Title = "Kim to meet Putin",
            Authors = [new ReportAuthor("Jane Doe", "Jane Doe writes about Asia.")],
            Published = "2023-09-05T10:00:00-04:00",
            Section = ["News", "World"],
            Language = "en",
            Text = "Kim will meet Putin next week.",
            Blocks = [new ReportBlock("paragraph", 0, 30)],
            Links = [new ReportLink(0, 3, "https://example.org/kim")],
            Images = [new ReportImage(null, "A caption.", "Reuters", null)],
        },
        Entities = [new ReportEntity { Id = "e1", Type = "PERSON", Name = "Kim Jong-un", Key = "person:kim-jong-un", Country = "KP", Mentions = [new ReportSpan(0, 3)] }],
        Times = [new ReportTime { Id = "t1", Text = "next week", Start = 20, End = 29, Value = "2023-W37", Range = new ReportDateRange("2023-09-11", "2023-09-17"), Certainty = "exact" }],
        Quotes = [new ReportQuote { Id = "q1", Kind = "indirect", Text = "Kim will meet Putin", Start = 0, End = 19, SpeakerText = "officials", SpeakerKind = SpeakerKinds.UnnamedOfficial }],
        Claims = [new ReportClaim { Id = "c1", Text = "Kim will meet Putin", Start = 0, End = 19, Status = "reported", Hedged = true, Sources = [new ReportClaimSource(null, "officials") { Kind = SpeakerKinds.UnnamedOfficial }] }],
        Events = [new ReportEvent { Id = "v1", Type = "CONSULT", Mode = "meet", Trigger = new ReportSpan(9, 13), Source = ["e1"], Modality = "planned", Sentence = new ReportSpan(0, 30) }],
        Diagnostics = [new ReportDiagnostic("NG1001", "warning", "declared charset differs")],
        Pipeline = new ReportPipeline("0.1.0", [new ReportStage("extraction.v1", null)]),
    };

    [Fact]
    public void A_report_with_every_section_filled_matches_the_schema()
    {
        ReportSchema.AssertValid(ReportJson.Serialize(FullReport()));
    }

    [Fact]
    public void Report_json_round_trips()
    {
        var report = FullReport();

        var back = ReportJson.Deserialize(ReportJson.Serialize(report));

        Assert.NotNull(back);
        Assert.Equal(report.Article.Text, back.Article.Text);
        Assert.Equal("e1", Assert.Single(back.Entities).Id);
    }

    [Fact]
    public void Keys_are_camel_case_and_nulls_are_written()
    {
        string json = ReportJson.Serialize(FullReport());

        Assert.Contains("\"schemaVersion\":\"1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"canonicalUrl\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_validator_rejects_an_unknown_severity()
    {
        var bad = FullReport() with { Diagnostics = [new ReportDiagnostic("NG1001", "fatal", "x")] };

        Assert.ThrowsAny<XunitException>(() => ReportSchema.AssertValid(ReportJson.Serialize(bad)));
    }

    [Fact]
    public void The_validator_rejects_a_span_outside_the_text()
    {
        var report = FullReport();
        var bad = report with { Article = report.Article with { Blocks = [new ReportBlock("paragraph", 0, 999)] } };

        Assert.ThrowsAny<XunitException>(() => ReportSchema.AssertValid(ReportJson.Serialize(bad)));
    }

    [Fact]
    public void A_quote_speaker_kind_is_written_and_null_when_named()
    {
        var report = FullReport();
        var named = report with { Quotes = [.. report.Quotes, new ReportQuote { Id = "q2", Kind = "direct", Text = "Kim", Start = 0, End = 3, Speaker = "e1", SpeakerText = "Kim Jong-un" }] };

        string json = ReportJson.Serialize(named);

        ReportSchema.AssertValid(json);
        Assert.Contains("\"speakerKind\":\"unnamed-official\"", json, StringComparison.Ordinal);
        Assert.Contains("\"speakerKind\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_validator_rejects_an_unknown_speaker_kind()
    {
        var report = FullReport();
        var bad = report with { Quotes = [report.Quotes[0] with { SpeakerKind = "officials-maybe" }] };

        Assert.ThrowsAny<XunitException>(() => ReportSchema.AssertValid(ReportJson.Serialize(bad)));
    }

    [Fact]
    public void The_validator_rejects_an_unknown_claim_source_kind()
    {
        var report = FullReport();
        var bad = report with { Claims = [report.Claims[0] with { Sources = [new ReportClaimSource(null, "officials") { Kind = "unnamed-officials" }] }] };

        Assert.ThrowsAny<XunitException>(() => ReportSchema.AssertValid(ReportJson.Serialize(bad)));
    }

    [Fact]
    public void The_schema_lists_exactly_the_speaker_kinds_the_code_writes()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("docs", "schema", "report-v1.schema.json")))!;

        var listed = schema["$defs"]!["speakerKind"]!["enum"]!.AsArray().Select(n => n?.GetValue<string>()).ToList();

        Assert.Equal([.. SpeakerKinds.All, null], listed);
    }
}
