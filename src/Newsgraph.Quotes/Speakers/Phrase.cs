namespace Newsgraph.Quotes.Speakers;

/// <summary>A run of tokens [Start, End) naming a speaker or source.</summary>
internal readonly record struct Phrase(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;
}
