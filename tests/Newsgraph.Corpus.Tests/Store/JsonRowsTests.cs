using System.Text;
using System.Text.Json;
using Newsgraph.Corpus.Store.Sqlite;

namespace Newsgraph.Corpus.Tests.Store;

/// <summary>
/// The writer stores a batch's knowledge rows with one statement per table: each article's rows are
/// built before it has a number, with a slot the writer fills. A control character inside a value
/// is escaped, so only the slots are filled.
/// </summary>
public sealed class JsonRowsTests
{
    [Fact]
    public void Article_rows_of_several_articles_join_into_one_array_with_each_articles_number()
    {
        var first = new JsonRows();
        first.BeginArticleRow().String("q1").String("a \u0001 b").Number(3).EndRow();
        first.BeginArticleRow().String("q2").Null().EndRow();
        var second = new JsonRows();
        second.BeginArticleRow().String("q1").String("\u0001").Number(7).EndRow();

        var batch = new StringBuilder("[");
        JsonRows.AppendWithSeq(batch, first.ToString(), 41);
        JsonRows.AppendWithSeq(batch, new JsonRows().ToString(), 99); // an article without rows adds none
        JsonRows.AppendWithSeq(batch, second.ToString(), 1_234_567_890_123);
        string json = batch.Append(']').ToString();

        using var parsed = JsonDocument.Parse(json);
        var rows = parsed.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal((41L, "q1", "a \u0001 b", 3), (rows[0][0].GetInt64(), rows[0][1].GetString(), rows[0][2].GetString(), rows[0][3].GetInt32()));
        Assert.Equal((41L, "q2", JsonValueKind.Null), (rows[1][0].GetInt64(), rows[1][1].GetString(), rows[1][2].ValueKind));
        Assert.Equal((1_234_567_890_123L, "\u0001", 7), (rows[2][0].GetInt64(), rows[2][2].GetString(), rows[2][3].GetInt32()));
    }

    [Fact]
    public void Rows_without_a_number_join_as_they_are()
    {
        var first = new JsonRows();
        first.BeginRow().String("k1").String("x").EndRow();
        var second = new JsonRows();
        second.BeginRow().String("k2").Number(1).EndRow();

        var batch = new StringBuilder("[");
        JsonRows.Append(batch, first.ToString());
        JsonRows.Append(batch, new JsonRows().ToString());
        JsonRows.Append(batch, second.ToString());

        Assert.Equal("""[["k1","x"],["k2",1]]""", batch.Append(']').ToString());
    }
}
