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

/// <summary>
/// The kinds of speakers and sources the text describes without naming them. They are report
/// values (quotes[].speakerKind, claims[].sources[].kind), listed in the report schema's enum.
/// </summary>
public static class SpeakerKinds
{
    /// <summary>"a senior official", "U.S. and allied officials", "diplomats", "aides".</summary>
    public const string UnnamedOfficial = "unnamed-official";

    /// <summary>"sources familiar with the matter", "people close to …".</summary>
    public const string UnnamedSource = "unnamed-source";

    /// <summary>An unnamed spokesperson; the speaker text is their organisation when the text names it.</summary>
    public const string Spokesperson = "spokesperson";

    /// <summary>"analysts", "experts", "observers".</summary>
    public const string UnnamedExpert = "unnamed-expert";

    /// <summary>"reports", "it was reported", "reportedly": no source named at all.</summary>
    public const string UnnamedReport = "unnamed-report";

    /// <summary>"one user quipped", "some Twitter users".</summary>
    public const string SocialMediaUser = "social-media-user";

    /// <summary>"witnesses", "residents".</summary>
    public const string Witness = "witness";

    public static readonly IReadOnlyList<string> All = [UnnamedOfficial, UnnamedSource, Spokesperson, UnnamedExpert, UnnamedReport, SocialMediaUser, Witness];
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

    /// <summary>
    /// How the text describes a speaker it does not name (one of <see cref="SpeakerKinds.All"/>):
    /// "a senior official" is unnamed-official; "a company spokesperson" is spokesperson (the
    /// speaker is then their organisation). Null for a named speaker.
    /// </summary>
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
