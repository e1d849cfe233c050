using System.Text;
using Newsgraph.Core.Models;
using Newsgraph.TestSupport;

namespace Newsgraph.Core.Tests.Models;

public sealed class TabSeparatedTextTests
{
    private static List<string> Lines(string text)
    {
        ReadOnlySpan<byte> rest = Encoding.UTF8.GetBytes(text);
        var lines = new List<string>();
        while (TabSeparatedText.NextLine(ref rest, out var line))
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb")]
    [InlineData("a\rb\r\n")]
    [InlineData("a\n\nb\n")]
    [InlineData("")]
    public void Lines_end_where_a_stream_reader_ends_them(string text)
    {
        using var reader = new StringReader(text);
        var expected = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            expected.Add(line);
        }

        Assert.Equal(expected, Lines(text));
    }

    [Theory]
    [InlineData("C\tAD\t\tx", 4)]
    [InlineData("", 1)]
    [InlineData("\t\t", 3)]
    public void Fields_are_counted_as_string_split_counts_them(string line, int count)
    {
        Span<Range> fields = stackalloc Range[8];
        Assert.Equal(count, TabSeparatedText.SplitFields(Encoding.UTF8.GetBytes(line), fields));
        Assert.Equal(line.Split('\t').Length, count);
    }

    [Fact]
    public void Fields_past_the_capacity_are_dropped_and_the_last_kept_one_ends_at_its_tab()
    {
        byte[] line = Encoding.UTF8.GetBytes("a\tb\tc\td");
        Span<Range> fields = stackalloc Range[2];
        Assert.Equal(2, TabSeparatedText.SplitFields(line, fields));
        Assert.Equal("b", Encoding.UTF8.GetString(line.AsSpan()[fields[1]]));
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a|b", new[] { "a", "b" })]
    [InlineData("a||b|", new[] { "a", "", "b", "" })]
    public void List_items_are_those_of_string_split_except_none_for_an_empty_list(string list, string[] expected)
    {
        var items = new List<string>();
        foreach (var item in TabSeparatedText.Items(Encoding.UTF8.GetBytes(list), (byte)'|'))
        {
            items.Add(TabSeparatedText.Text(item));
        }

        Assert.Equal(expected, items);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_and_text_is_utf8()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("são paulo\n")];
        var inflated = TabSeparatedText.Inflate(GzipBytes.Of(body));
        Assert.Equal("são paulo\n", Encoding.UTF8.GetString(inflated.Span));
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_as_with_a_stream_reader() =>
        Assert.Equal("a\uFFFDb", TabSeparatedText.Text([(byte)'a', 0xFF, (byte)'b']));

    [Fact]
    public void A_truncated_gzip_body_is_refused_with_an_invalid_data_error()
    {
        byte[] whole = GzipBytes.Of(Encoding.UTF8.GetBytes(new string('x', 10_000) + "\n")).ToArray();
        var truncated = new MemoryStream(whole[..(whole.Length / 2)]);
        Assert.ThrowsAny<InvalidDataException>(() => TabSeparatedText.Inflate(truncated));
    }
}
