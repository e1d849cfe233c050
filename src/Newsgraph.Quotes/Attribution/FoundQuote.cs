using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Speakers;

namespace Newsgraph.Quotes.Attribution;

/// <summary>A quotation with its speaker reference, before entity ids and report ids are given.</summary>
internal sealed record FoundQuote
{
    public required QuoteKind Kind { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public SpeakerRef? Speaker { get; set; }

    public SpeakerRef? Outlet { get; init; }

    public string? Cue { get; init; }

    public string? Lemma { get; init; }

    public string? Medium { get; init; }

    /// <summary>True when no reporting verb was found and the speaker came from context.</summary>
    public bool FromContext { get; init; }

    public bool Nested { get; init; }
}
