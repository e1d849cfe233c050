using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Text;

/// <summary>Segments a page flattened to plain text into chrome, headline, caption, body and bio.</summary>
internal sealed class PlainTextSegmenter
{
    public TextArticle Segment(string text)
    {
        var builder = new ArticleTextBuilder();
        int pos = 0;
        foreach (var para in text.Split("\n\n"))
        {
            int start = text.IndexOf(para, pos, StringComparison.Ordinal);
            builder.AppendBlock(BlockKind.Paragraph, para.Trim(), start);
            pos = start + para.Length;
        }

        return new TextArticle(builder.Text, builder.Blocks, builder.Segments, new ArticleInfo(), []);
    }
}
