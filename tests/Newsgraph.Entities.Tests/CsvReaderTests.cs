using Newsgraph.Training;

namespace Newsgraph.Entities.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvReader.ReadAll(new StringReader("id,text\n1,\"a, \"\"b\"\"\nc\"\n2,d\n"));
        Assert.Equal(3, records.Count);
        Assert.Equal(["id", "text"], records[0]);
        Assert.Equal(["1", "a, \"b\"\nc"], records[1]);
        Assert.Equal(["2", "d"], records[2]);
    }

    [Fact]
    public void Crlf_ends_a_record_like_lf_and_a_lone_cr_is_data()
    {
        var records = CsvReader.ReadAll(new StringReader("a,b\r\n\"c\r\nd\",e\rf\r\n"));
        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b"], records[0]);
        Assert.Equal(["c\r\nd", "e\rf"], records[1]);
    }

    [Fact]
    public void Last_record_needs_no_line_break_and_an_empty_line_is_one_empty_field()
    {
        var records = CsvReader.ReadAll(new StringReader("a\n\nb,"));
        Assert.Equal(3, records.Count);
        Assert.Equal(["a"], records[0]);
        Assert.Equal([""], records[1]);
        Assert.Equal(["b", ""], records[2]);
        Assert.Empty(CsvReader.ReadAll(new StringReader("")));
    }

    [Fact]
    public void Split_line_reads_one_line_of_fields()
    {
        Assert.Equal(["Sentence: 1", "\"", "``", "O"], CsvReader.SplitLine("Sentence: 1,\"\"\"\",``,O"));
        Assert.Equal(["", "London", "NNP", "B-geo"], CsvReader.SplitLine(",London,NNP,B-geo"));
        Assert.Equal([""], CsvReader.SplitLine(""));
    }

    [Fact]
    public void Records_are_read_one_at_a_time()
    {
        var csv = new CsvReader(new StringReader("a,b\nc\n"));
        Assert.Equal(["a", "b"], csv.ReadRecord()!);
        Assert.Equal(["c"], csv.ReadRecord()!);
        Assert.Null(csv.ReadRecord());
    }
}
