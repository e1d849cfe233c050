using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>The layer the events stage produces: PLOVER-coded events.</summary>
public static class EventLayers
{
    /// <summary>Events in text order; ids are "v1", "v2", ….</summary>
    public static readonly LayerKey<ImmutableArray<NewsEvent>> Events = new("events.events");

    /// <summary>
    /// Actors named only by a description ("protesters", "Afghan police"): entities of type
    /// <see cref="EntityType.Agent"/> that some event's source or target points at (ids "a1", "a2", …).
    /// The report lists them after the entity stage's entities.
    /// </summary>
    public static readonly LayerKey<ImmutableArray<Entity>> Agents = new("events.agents");
}

public enum EventModality
{
    Occurred,
    Ongoing,
    Planned,
    Expected,
    Conditional,
    Requested,
    Denied,
    Hypothetical,
}

/// <summary>
/// One event: PLOVER type ("CONSULT") and mode ("meet"), its trigger and sentence spans, source and
/// target actors (entity ids), place (entity id), time (time expression id), modality, and the claim
/// it rests on (claim id) when the article attributes it.
/// </summary>
public sealed record NewsEvent
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public string? Mode { get; init; }

    public required TextSpan Trigger { get; init; }

    public required TextSpan Sentence { get; init; }

    public ImmutableArray<string> Source { get; init; } = [];

    public ImmutableArray<string> Target { get; init; } = [];

    public string? Place { get; init; }

    public string? Time { get; init; }

    public required EventModality Modality { get; init; }

    public string? Claim { get; init; }
}
