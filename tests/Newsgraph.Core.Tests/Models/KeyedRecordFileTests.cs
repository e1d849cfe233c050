using System.Text;
using Newsgraph.Core.Models;

namespace Newsgraph.Core.Tests.Models;

public sealed class KeyedRecordFileTests
{
    private const string Header = "#test-records\t1";

    [Fact]
    public void Keys_find_their_postings_in_the_order_added_and_records_read_back()
    {
        var file = KeyedRecordFile.Open(Sample(), Header, 2);

        Assert.Equal(3, file.RecordCount);
        Assert.Equal("b\t2", Encoding.UTF8.GetString(file.Record(1)));
        Assert.Equal([0, 2], file.Find(0, "shared").ToArray());
        Assert.Equal([1], file.Find(0, "só").ToArray());
        Assert.Equal([2], file.Find(1, "first").ToArray());
        Assert.Equal([1], file.Find(1, "last").ToArray());
        Assert.True(file.Find(0, "missing").IsEmpty);
        Assert.True(file.Find(0, "\uD800").IsEmpty);
        Assert.Equal(-1, file.EntryOf(1, "shared"));
    }

    [Fact]
    public void Entries_are_in_key_byte_order()
    {
        var file = KeyedRecordFile.Open(Sample(), Header, 2);

        var keys = Enumerable.Range(0, file.EntryCount(0)).Select(e => Encoding.UTF8.GetString(file.Key(0, e))).ToArray();
        Assert.Equal(["shared", "só"], keys);
    }

    [Fact]
    public void The_same_input_writes_the_same_bytes() => Assert.Equal(Sample(), Sample());

    [Fact]
    public void Another_header_or_table_count_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => KeyedRecordFile.Open(Sample(), "#other\t1", 2));
        Assert.Throws<InvalidDataException>(() => KeyedRecordFile.Open(Sample(), Header, 3));
    }

    [Fact]
    public void Every_truncation_is_refused_with_an_invalid_data_error()
    {
        byte[] whole = Sample();
        for (int length = 0; length < whole.Length; length++)
        {
            Assert.ThrowsAny<InvalidDataException>(() => KeyedRecordFile.Open(whole[..length], Header, 2));
        }
    }

    [Fact]
    public void A_corrupt_offset_is_refused_or_stays_inside_the_file()
    {
        byte[] whole = Sample();
        for (int at = 0; at < whole.Length; at++)
        {
            byte[] corrupt = (byte[])whole.Clone();
            corrupt[at] ^= 0x5A;
            try
            {
                var file = KeyedRecordFile.Open(corrupt, Header, 2);
                _ = file.Find(0, "shared").Length + file.Find(1, "first").Length;
                for (int r = 0; r < file.RecordCount; r++)
                {
                    _ = file.Record(r).Length;
                }
            }
            catch (InvalidDataException)
            {
                // refused: fine
            }
        }
    }

    private static byte[] Sample()
    {
        var writer = new KeyedRecordFileWriter(Header, 2);
        int a = writer.AddRecord("a\t1"u8);
        int b = writer.AddRecord("b\t2"u8);
        int c = writer.AddRecord("c\t3"u8);
        writer.Append(0, "shared", a);
        writer.Append(0, "só", b);
        writer.Append(0, "shared", c);
        writer.TryAdd(1, "first", c);
        writer.TryAdd(1, "first", a);
        writer.Set(1, "last", a);
        writer.Set(1, "last", b);
        return writer.ToArray();
    }
}
