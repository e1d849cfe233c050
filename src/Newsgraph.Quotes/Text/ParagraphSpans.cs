using Newsgraph.Core.Documents;

namespace Newsgraph.Quotes.Text;

/// <summary>
/// Paragraph spans: the article's body blocks when extraction gave them, else the text's lines.
/// Quotes are paired inside a paragraph (and continue across paragraphs only by the newspaper
/// convention of re-opening), so a stray mark can never swallow more than one paragraph.
/// </summary>
internal static class ParagraphSpans
{
    public static IReadOnlyList<TextSpan> Of(string text, IReadOnlyList<Block>? blocks)
    {
        if (blocks is { Count: > 0 })
        {
            return [.. blocks.Where(b => b.End > b.Start).OrderBy(b => b.Start).Select(b => new TextSpan(b.Start, b.End))];
        }

        var spans = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start && !string.IsNullOrWhiteSpace(text[start..i]))
                {
                    spans.Add(new TextSpan(start, i));
                }

                start = i + 1;
            }
        }

        return spans;
    }
}
