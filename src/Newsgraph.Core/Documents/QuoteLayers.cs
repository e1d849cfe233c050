using System.Collections.Immutable;

namespace Newsgraph.Core.Documents;

/// <summary>The layers the quotes stage produces: quotations and attributed claims.</summary>
public static class QuoteLayers
{
    /// <summary>Quotations in text order; ids are "q1", "q2", ….</summary>
    public static readonly LayerKey<ImmutableArray<Quote>> Quotes = new("quotes.quotes");

    /// <summary>Claims attributed to sources, in text order; ids are "c1", "c2", ….</summary>
    public static readonly LayerKey<ImmutableArray<Claim>> Claims = new("quotes.claims");
}

public enum QuoteKind
{
    Direct,
    Indirect,
    Mixed,
}

/// <summary>
/// One quotation: the quoted content's span, the reporting cue ("said"), the medium when stated
/// ("in a statement"), and the speaker — an entity id when resolved, always the speaker's text.
/// </summary>
public sealed record Quote
{
    public required string Id { get; init; }

    public required QuoteKind Kind { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Entity id of the speaker, or null when the speaker is unnamed or unresolved.</summary>
    public string? SpeakerEntity { get; init; }

    /// <summary>The speaker as written ("she", "a senior official", "Watson").</summary>
    public string? SpeakerText { get; init; }

    /// <summary>Kind of an unnamed speaker ("unnamed-official", "spokesperson" …), or null.</summary>
    public string? SpeakerKind { get; init; }

    public string? Cue { get; init; }

    public string? Medium { get; init; }

    public TextSpan Span => new(Start, End);
}

public enum ClaimStatus
{
    Reported,
    Confirmed,
    Denied,
    Unconfirmed,
    DeclinedToComment,
    NoComment,
    Classified,
    Disputed,
}

/// <summary>One link of a claim's source chain: an entity when named, always the text.</summary>
public sealed record ClaimSource(string? Entity, string Text, string? Kind = null);

/// <summary>
/// A statement the article attributes to a source: its span, the chain of sources from the nearest
/// to the original, its status, and whether it is hedged ("reportedly", "expected to").
/// </summary>
public sealed record Claim
{
    public required string Id { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public ImmutableArray<ClaimSource> Sources { get; init; } = [];

    public required ClaimStatus Status { get; init; }

    public bool Hedged { get; init; }

    public TextSpan Span => new(Start, End);
}
