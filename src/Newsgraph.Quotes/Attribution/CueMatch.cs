using Newsgraph.Quotes.Speakers;

namespace Newsgraph.Quotes.Attribution;

/// <summary>A reporting verb found for a quotation, with the phrase naming its speaker.</summary>
internal sealed record CueMatch(int VerbToken, string Lemma, Phrase Subject);
