using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsgraph.Corpus.Store;

namespace Newsgraph.Cli.Output;

/// <summary>
/// Stored events as PLOVER JSON records, one a line (the manual's suggested JSONL form), with the
/// manual's field names (PLOVER_MANUAL.tex, "PLOVER JSON"): id, date, actor, recipient, event,
/// mode, event_loc, event_text, quad_code, text_info, cite_info, coder, coded_date, plus the
/// extension fields modality, trigger, article_id and event_id (the manual allows named extras).
/// </summary>
internal static class PloverJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Line(StoredEvent e) => JsonSerializer.Serialize(Record(e), Options);

    internal static PloverRecord Record(StoredEvent e) => new(
        Id: $"{e.ArticleId}-{e.EventId}",
        Date: EventDates.Of(e)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Actor: [.. e.Sources.Select(Entity)],
        Recipient: [.. e.Targets.Select(Entity)],
        Event: [e.Type],
        Mode: e.Mode is null ? [] : [e.Mode],
        EventLoc: e.Place is null ? null : new PloverLocation(e.Place),
        EventText: [e.Sentence],
        QuadCode: PloverCodes.Quad(e.Type),
        TextInfo: new PloverTextInfo(e.SentenceStart, e.SentenceEnd),
        CiteInfo: new PloverCiteInfo(e.Url, e.Title, e.Language, e.Site, Coder: "newsgraph events.v1", Codebook: "plover-0.8"),
        Coder: "newsgraph",
        CodedDate: EventDates.Day(e.IngestedAt)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Modality: e.Modality,
        Trigger: e.Trigger,
        ArticleId: e.ArticleId,
        EventId: e.EventId);

    /// <summary>An actor: the text and the corpus's identifier for it (PLOVER's identifier_text is
    /// meant for a Wikidata id; Newsgraph's entity key is the stable id it has).</summary>
    private static PloverEntity Entity(EventActor actor) => new(actor.Name, actor.Key, actor.Type);
}

internal sealed record PloverRecord(
    string Id,
    string? Date,
    IReadOnlyList<PloverEntity> Actor,
    IReadOnlyList<PloverEntity> Recipient,
    IReadOnlyList<string> Event,
    IReadOnlyList<string> Mode,
    PloverLocation? EventLoc,
    IReadOnlyList<string> EventText,
    int? QuadCode,
    PloverTextInfo TextInfo,
    PloverCiteInfo CiteInfo,
    string Coder,
    string? CodedDate,
    string Modality,
    string Trigger,
    string ArticleId,
    string EventId);

internal sealed record PloverEntity(string EntityText, string IdentifierText, string EntityType);

internal sealed record PloverLocation(string ExtractedPlace);

internal sealed record PloverTextInfo(int Start, int End);

internal sealed record PloverCiteInfo(string? Url, string? Title, string? Language, string? Publication, string Coder, string Codebook);
