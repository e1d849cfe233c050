namespace Newsgraph.Core.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 code units in <see cref="Document.Text"/>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public string Slice(string text) => text.Substring(Start, End - Start);
}
