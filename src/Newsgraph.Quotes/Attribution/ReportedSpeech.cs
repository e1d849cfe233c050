using Newsgraph.Quotes.Speakers;

namespace Newsgraph.Quotes.Attribution;

/// <summary>
/// One reporting verb with its speaker and propositional content, found in a sentence: "Kirby
/// warned [Putin and Kim had written …]" (content after) or "[Two service members have been
/// killed …], the US military said" (content before). <see cref="Outlet"/> is the news outlet the
/// speaker talked to ("told the BBC"), the nearer link of a claim's source chain.
/// </summary>
internal sealed record ReportedSpeech
{
    public required int VerbToken { get; init; }

    public required string Lemma { get; init; }

    public required Phrase Subject { get; init; }

    public required int ContentStart { get; init; }

    public required int ContentEnd { get; init; }

    public Phrase Outlet { get; init; }

    public int Sentence { get; init; }
}
