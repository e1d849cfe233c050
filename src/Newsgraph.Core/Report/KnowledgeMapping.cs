using System.Collections.Immutable;
using Newsgraph.Core.Documents;

namespace Newsgraph.Core.Report;

/// <summary>
/// Maps the knowledge layers (entities, places, times, quotes, claims, events) to their report v1
/// arrays. A layer that no stage produced becomes an empty array, as the schema requires.
/// </summary>
internal static class KnowledgeMapping
{
    public static IReadOnlyList<ReportEntity> Entities(Document document)
    {
        var named = document.TryGet(EntityLayers.Entities, out var found) ? found : [];
        // Actors named only by a description (type AGENT) come from the events stage.
        var entities = document.TryGet(EventLayers.Agents, out var agents) ? named.AddRange(agents) : named;
        if (entities.IsEmpty)
        {
            return [];
        }

        var places = document.TryGet(PlaceLayers.Resolved, out var resolved)
            ? resolved.ToDictionary(p => p.EntityId, StringComparer.Ordinal)
            : [];

        // A place the gazetteer lacks reports the country of the place the text puts it in.
        var containers = document.TryGet(PlaceLayers.Containers, out var contained)
            ? contained.Where(c => c.CountryCode is not null).ToDictionary(c => c.EntityId, c => c.CountryCode, StringComparer.Ordinal)
            : [];

        // A place the gazetteer lacks and no container places: the country of its base name or the article.
        var countries = document.TryGet(PlaceLayers.Countries, out var placeCountries)
            ? placeCountries.ToDictionary(c => c.EntityId, c => c.CountryCode, StringComparer.Ordinal)
            : [];

        // An entity the places stage showed to be a place ("Sarkh" typed ORG) reports the place type.
        var retyped = document.TryGet(PlaceLayers.Retyped, out var retypes)
            ? retypes.ToDictionary(r => r.EntityId, r => r.To, StringComparer.Ordinal)
            : [];

        return [.. entities.Select(e => new ReportEntity
        {
            Id = e.Id,
            Type = EntityTypeNames.Of(retyped.TryGetValue(e.Id, out var type) ? type : e.Type),
            Name = e.Name,
            Aliases = e.Aliases,
            Key = e.Key,
            Roles = e.Roles,
            Country = e.Country ?? (places.TryGetValue(e.Id, out var cp) ? cp.CountryCode : containers.GetValueOrDefault(e.Id) ?? countries.GetValueOrDefault(e.Id)),
            Geo = places.TryGetValue(e.Id, out var p) ? new ReportGeo(p.GeonameId, p.Lat, p.Lon, p.FeatureCode) : null,
            Mentions = [.. e.Mentions.Select(m => new ReportSpan(m.Start, m.End))],
        })];
    }

    public static IReadOnlyList<ReportTime> Times(Document document)
    {
        if (!document.TryGet(TimeLayers.Expressions, out var times))
        {
            return [];
        }

        return [.. times.Select(t => new ReportTime
        {
            Id = t.Id,
            Text = document.Text[t.Start..t.End],
            Start = t.Start,
            End = t.End,
            Value = t.Value,
            Range = t.RangeStart is { } s && t.RangeEnd is { } e ? new ReportDateRange(s, e) : null,
            Certainty = CertaintyName(t.Certainty),
        })];
    }

    public static IReadOnlyList<ReportQuote> Quotes(Document document)
    {
        if (!document.TryGet(QuoteLayers.Quotes, out var quotes))
        {
            return [];
        }

        return [.. quotes.Select(q => new ReportQuote
        {
            Id = q.Id,
            Kind = QuoteKindName(q.Kind),
            Text = document.Text[q.Start..q.End],
            Start = q.Start,
            End = q.End,
            Speaker = q.SpeakerEntity,
            SpeakerText = q.SpeakerText,
            SpeakerKind = q.SpeakerKind,
            Cue = q.Cue,
            Medium = q.Medium,
        })];
    }

    public static IReadOnlyList<ReportClaim> Claims(Document document)
    {
        if (!document.TryGet(QuoteLayers.Claims, out var claims))
        {
            return [];
        }

        return [.. claims.Select(c => new ReportClaim
        {
            Id = c.Id,
            Text = document.Text[c.Start..c.End],
            Start = c.Start,
            End = c.End,
            Sources = [.. c.Sources.Select(s => new ReportClaimSource(s.Entity, s.Text) { Kind = s.Kind })],
            Status = ClaimStatusName(c.Status),
            Hedged = c.Hedged,
        })];
    }

    public static IReadOnlyList<ReportEvent> Events(Document document)
    {
        if (!document.TryGet(EventLayers.Events, out var events))
        {
            return [];
        }

        return [.. events.Select(v => new ReportEvent
        {
            Id = v.Id,
            Type = v.Type,
            Mode = v.Mode,
            Trigger = new ReportSpan(v.Trigger.Start, v.Trigger.End),
            Source = v.Source,
            Target = v.Target,
            Place = v.Place,
            Time = v.Time,
            Modality = ModalityName(v.Modality),
            Claim = v.Claim,
            Sentence = new ReportSpan(v.Sentence.Start, v.Sentence.End),
        })];
    }

    public static string CertaintyName(TimeCertainty certainty) => certainty switch
    {
        TimeCertainty.Exact => "exact",
        TimeCertainty.Approximate => "approximate",
        TimeCertainty.Unresolved => "unresolved",
        _ => throw new ArgumentOutOfRangeException(nameof(certainty)),
    };

    public static string QuoteKindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ClaimStatusName(ClaimStatus status) => status switch
    {
        ClaimStatus.Reported => "reported",
        ClaimStatus.Confirmed => "confirmed",
        ClaimStatus.Denied => "denied",
        ClaimStatus.Unconfirmed => "unconfirmed",
        ClaimStatus.DeclinedToComment => "declinedToComment",
        ClaimStatus.NoComment => "noComment",
        ClaimStatus.Classified => "classified",
        ClaimStatus.Disputed => "disputed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ModalityName(EventModality modality) => modality switch
    {
        EventModality.Occurred => "occurred",
        EventModality.Ongoing => "ongoing",
        EventModality.Planned => "planned",
        EventModality.Expected => "expected",
        EventModality.Conditional => "conditional",
        EventModality.Requested => "requested",
        EventModality.Denied => "denied",
        EventModality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(modality)),
    };
}
