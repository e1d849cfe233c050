using Newsgraph.Core.Documents;
using Newsgraph.Quotes.Speakers;

namespace Newsgraph.Quotes.Claims;

/// <summary>A claim with its source chain as speaker references (nearest first), before entity ids are given.</summary>
internal sealed class FoundClaim
{
    public required int Start { get; set; }

    public required int End { get; set; }

    public required int Sentence { get; init; }

    public List<SpeakerRef> Sources { get; } = [];

    public ClaimStatus Status { get; set; } = ClaimStatus.Reported;

    public bool Hedged { get; set; }

    /// <summary>True when the nearest source is a news outlet that "reported" the claim itself.</summary>
    public bool ByOutlet { get; init; }

    public void Prepend(SpeakerRef source)
    {
        if (!Sources.Exists(s => string.Equals(s.Text, source.Text, StringComparison.OrdinalIgnoreCase)))
        {
            Sources.Insert(0, source);
        }
    }

    public void Append(SpeakerRef source)
    {
        if (!Sources.Exists(s => string.Equals(s.Text, source.Text, StringComparison.OrdinalIgnoreCase)))
        {
            Sources.Add(source);
        }
    }
}
