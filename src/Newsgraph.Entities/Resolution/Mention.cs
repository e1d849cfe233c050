using Newsgraph.Core.Documents;

namespace Newsgraph.Entities.Resolution;

/// <summary>
/// One name found in the text, before merging: its tokens [FirstToken, EndToken) of the document,
/// its characters, its type, and what the lexicon says it is. <see cref="Identity"/>, when set, is
/// a key that makes all mentions sharing it one entity ("country:US", "party:democratic-party").
/// </summary>
internal sealed class Mention
{
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Surface { get; init; }

    /// <summary>The surface in <see cref="Lexicon.NameKey"/> form.</summary>
    public required string Key { get; init; }

    public required EntityType Type { get; set; }

    public required int Sentence { get; init; }

    public string? Identity { get; set; }

    /// <summary>The name the lexicon gives the referent ("United States", "North Korean"), if any.</summary>
    public string? CanonicalName { get; set; }

    /// <summary>The cross-document key the lexicon gives ("geonames:6252001", "actor:VLADIMIR_PUTIN").</summary>
    public string? CrossKey { get; set; }

    public string? Country { get; set; }

    public string? Sector { get; set; }

    /// <summary>True when a lexicon table decided the type; merging never retypes such a mention.</summary>
    public bool Resolved { get; set; }

    /// <summary>A one-word town or region match: a person's name wins over it when the document has one ("Kim").</summary>
    public bool WeakPlace { get; set; }

    /// <summary>
    /// A one-word capital or city of a million or more: it keeps its place reading where it only
    /// begins a person's name ("over Hanoi" beside the "Hanoi Hilton"); news shortens a person to
    /// the last name, so only a last-word match ("Houston" for Whitney Houston) still wins over it.
    /// </summary>
    public bool MajorPlace { get; set; }

    public int WordCount => Key.Length == 0 ? 0 : Key.Count(c => c == ' ') + 1;
}
