namespace Newsgraph.Extraction.Text;

/// <summary>One paragraph-like unit of a flattened page: its trimmed text and where it starts in the input.</summary>
internal readonly record struct TextUnit(string Text, int Start)
{
    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public bool EndsLikeSentence => Text.Length > 0 && TextCues.SentenceEnds.Contains(Text[^1]);
}
