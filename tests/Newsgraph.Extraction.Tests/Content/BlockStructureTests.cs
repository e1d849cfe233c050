using Newsgraph.Core.Documents;

namespace Newsgraph.Extraction.Tests.Content;

public sealed class BlockStructureTests
{
    private static readonly string Html = BodyFixture.Page($"""
        <div class="entry-content">
          <p>{BodyFixture.Prose("bridge")}</p>
          <h2>What happens next</h2>
          <ul><li>First   item</li><li>Second <em>item</em></li></ul>
          <blockquote><p>We will build it, said the mayor.</p></blockquote>
          <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>$5m</td></tr></table>
          <pre>line one
          line two</pre>
          <p>First line<br>second   line</p>
        </div>
        """);

    [Fact]
    public void Keeps_subheadings_lists_quotes_tables_and_preformatted_as_blocks()
    {
        var body = BodyFixture.Extract(Html);
        var kinds = body.Blocks.Select(b => b.Kind).ToArray();

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Blockquote, BlockKind.Table, BlockKind.Preformatted, BlockKind.Paragraph],
            kinds);
        Assert.Equal("What happens next", Text(body, 1));
        Assert.Equal("First item", Text(body, 2));
        Assert.Equal("Second item", Text(body, 3));
        Assert.Equal("Year\tCost\n2024\t$5m", Text(body, 5));
    }

    [Fact]
    public void Turns_line_break_into_newline_and_collapses_spaces()
    {
        var body = BodyFixture.Extract(Html);

        Assert.Equal("First line\nsecond line", Text(body, 7));
    }

    [Fact]
    public void Joins_blocks_with_blank_lines()
    {
        var body = BodyFixture.Extract(Html);

        Assert.Contains("\n\nWhat happens next\n\nFirst item\n\n", body.Text);
    }

    private static string Text(Newsgraph.Extraction.Content.BodyResult body, int block) =>
        body.Text[body.Blocks[block].Start..body.Blocks[block].End];
}
