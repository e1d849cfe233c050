namespace Newsgraph.Quotes.Speakers;

/// <summary>
/// A speaker or source as the text gives it: the best text for it (a full name, an organisation,
/// a description), the span of the mention that names it (for matching entity mentions), the kind
/// of an unnamed one, and whether it reads as a person (pronouns he/she resolve only to persons).
/// </summary>
internal sealed record SpeakerRef
{
    public required string Text { get; init; }

    public required int MentionStart { get; init; }

    public required int MentionEnd { get; init; }

    public string? Kind { get; init; }

    public bool IsPerson { get; init; }

    /// <summary>The pronoun when the phrase was one and is not yet resolved ("she").</summary>
    public string? Pronoun { get; init; }

    /// <summary>True for a description of a medium ("the statement", "the release") that stands for the last speaker.</summary>
    public bool IsMediumNoun { get; init; }
}
